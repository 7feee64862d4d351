package org.attackstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README's first example true as pasted: the Java block is compiled as it stands (its
 * imports included) against the library's classes alone, run, and what it prints must be the
 * README's "It prints" block. The example reads the dataset bundled in the jar, so it works
 * outside this checkout.
 */
class ReadmeExampleTest {

  @TempDir Path dir;

  private static String block(String readme, String language, int from) {
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(from), "README has a ```" + language + " block after the example's heading");
    return m.group(1);
  }

  @Test
  void theFirstExampleCompilesAsPastedAndPrintsWhatTheReadmeSays() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## A first example");
    assertTrue(section >= 0);
    String code = block(readme, "java", section);
    int printsAt = readme.indexOf("It prints:", section);
    assertTrue(printsAt >= 0, "README says what the example prints");
    String expected = block(readme, "text", printsAt);

    Path source = dir.resolve("FirstExample.java");
    Files.writeString(source, code, StandardCharsets.UTF_8);
    // the library alone on the class path: what a consumer project has (tests and their
    // libraries left out)
    String classpath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
        + String.join(java.io.File.pathSeparator, libraryJars());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-classpath", classpath, "-d", dir.toString(),
        "-Xlint:all", "-Werror", source.toString());
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("FirstExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertEquals(expected, printed.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }

  /** The jars of the library's own dependencies (Guava, Commons CSV and theirs) on this class path. */
  private static List<String> libraryJars() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(p -> p.matches(".*(guava|failureaccess|commons-csv|commons-io|commons-codec|jspecify|error_prone|j2objc).*\\.jar"))
        .toList();
  }
}
