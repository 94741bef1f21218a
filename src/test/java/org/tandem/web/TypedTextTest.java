package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from the message bundles, so that a second language needs only a
 * second set of bundles. Like the Spring reference application's I18nPropertiesSyncTest, this reads
 * the templates themselves: it fails, naming file and line, for any word typed into a template
 * instead of coming from {@code #{...}}, for any message key a template uses that no bundle holds,
 * and for any key in the bundles that nothing uses.
 *
 * <p>What counts as typed text:
 *
 * <ul>
 *   <li>text between tags that contains a letter, unless Thymeleaf replaces it before anyone reads
 *       it (inside an element with {@code th:text}, {@code th:utext}, {@code th:replace}, {@code
 *       th:insert} or {@code th:remove="all"}/{@code "body"}) or it is code ({@code <code>}: column
 *       names, the letter's placeholders), and leaving out inlined expressions {@code [[...]]} and
 *       {@code [(...)]};
 *   <li>the attributes people read or hear: {@code title}, {@code alt}, {@code aria-label}, {@code
 *       placeholder}, the {@code value} of an input button, and the {@code content} of a
 *       description meta;
 *   <li>string literals with words in Thymeleaf expressions, such as {@code th:text="'Some
 *       words'"}, {@code 'Label'} passed to a field fragment or {@code ' (optional)'} joined to a
 *       value. Literals that are not language are left alone: class names, field names and ids,
 *       date and number patterns, message keys and their prefixes, and, in attributes that are not
 *       shown, single words in lower case (such as {@code 'off'} for autocomplete).
 * </ul>
 */
class TypedTextTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");

  /**
   * Text that is not language and so stays in the templates: the product's name and the name of the
   * design system. Anything without a letter (numbers, punctuation, £, %, ©) is never typed text in
   * the first place.
   */
  private static final Set<String> NOT_LANGUAGE = Set.of("Tandem", "GOV.UK");

  /** Attributes whose value is read or heard by someone using the page. */
  private static final Set<String> READ_ATTRIBUTES =
      Set.of("title", "alt", "aria-label", "placeholder");

  /** Thymeleaf attributes whose value is never shown: addresses, ids, conditions, classes. */
  private static final Set<String> UNSHOWN_TH_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "id",
          "class",
          "classappend",
          "style",
          "styleappend",
          "for",
          "name",
          "field",
          "if",
          "unless",
          "switch",
          "case",
          "fragment",
          "aria-describedby",
          "aria-labelledby",
          "autocomplete",
          "type",
          "selected",
          "checked",
          "object",
          "remove",
          "errorclass",
          "method",
          "inline");

  /** Thymeleaf attributes whose value is shown as it is. */
  private static final Set<String> SHOWN_TH_ATTRIBUTES =
      Set.of("text", "utext", "title", "alt", "aria-label", "placeholder", "content");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern INLINED = Pattern.compile("\\[\\[(.*?)]]|\\[\\((.*?)\\)]");
  private static final Pattern DATE_PATTERN = Pattern.compile("[dMyEHhmsaLu\\s,:/.-]+");
  private static final Pattern WORD_LIKE = Pattern.compile("[\\w.\\[\\]#*-]*");
  private static final Pattern CLASS_NAME = Pattern.compile("[\\w!]*-[\\w!-]*");
  private static final Pattern STATIC_KEY =
      Pattern.compile(
          "#\\{\\s*([\\w.-]+)\\s*[(}]|#messages\\.msg\\w*\\(\\s*'([\\w.-]+)'|#\\{\\$\\{'([\\w.-]+)'}}");

  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([\\w.-]+)");
  private static final Pattern SINGLE_QUOTED = Pattern.compile("'([\\w.-]+)'");
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([\\w.-]+)\"");

  /** Codes Spring looks up itself: a value that could not be bound to its field. */
  private static final Set<String> SPRING_CODES = Set.of("typeMismatch");

  record Finding(String where, String text) {
    @Override
    public String toString() {
      return where + ": " + text;
    }
  }

  @Test
  void everyWordInTheTemplatesComesFromMessages() {
    List<Finding> findings = new ArrayList<>();
    for (Path template : templates()) {
      findings.addAll(typedText(template));
    }
    assertThat(findings)
        .as(
            "Words typed into templates instead of coming from #{...} (%d):%n%s",
            findings.size(),
            findings.stream().map(Finding::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void everyMessageKeyATemplateUsesIsInABundle() {
    Map<String, String> messages = messages();
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      String html = read(template);
      Matcher m = STATIC_KEY.matcher(html);
      while (m.find()) {
        String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (!messages.containsKey(key)) {
          missing.add(where(template, lineOf(html, m.start())) + ": " + key);
        }
      }
    }
    assertThat(missing).as("Message keys used in templates but in no bundle").isEmpty();
  }

  /**
   * Every key in the bundles is used: by a template or by Java, by name or through a prefix that
   * code completes with an enum's name ({@code 'RiskLevel.'}, or {@code 'curricula.stage'} given to
   * the radios fragment).
   */
  @Test
  void everyBundleKeyIsUsed() throws IOException {
    Set<String> literals = new TreeSet<>();
    for (Path template : templates()) {
      String html = read(template);
      collect(MESSAGE_KEY, html, literals);
      collect(SINGLE_QUOTED, html, literals);
    }
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      for (Path java : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        collect(DOUBLE_QUOTED, read(java), literals);
      }
    }
    List<String> unused = new ArrayList<>();
    for (String key : messages().keySet()) {
      if (!SPRING_CODES.contains(key) && !used(key, literals)) {
        unused.add(key);
      }
    }
    assertThat(unused).as("Message keys nothing uses").isEmpty();
  }

  private static boolean used(String key, Set<String> literals) {
    if (literals.contains(key)) {
      return true;
    }
    String[] parts = key.split("\\.");
    for (int i = 1; i < parts.length; i++) {
      String prefix = String.join(".", Arrays.copyOf(parts, i));
      if (literals.contains(prefix + ".")
          || (literals.contains(prefix) && (prefix.contains(".") || parts.length == 2))) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  @Test
  void everyBundleIsListedAndNoKeyIsInTwo() throws IOException {
    List<String> listed = basenames();
    Set<String> files;
    try (Stream<Path> s = Files.list(RESOURCES)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.matches("messages(-[\\w-]+)?\\.properties"))
              // A language's twin (messages-x_cy) is found from its bundle, not listed.
              .filter(n -> !n.matches(".*_[a-z]{2}\\.properties"))
              .map(n -> n.substring(0, n.length() - ".properties".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(listed).as("spring.messages.basename").containsExactlyInAnyOrderElementsOf(files);

    Map<String, String> seenIn = new LinkedHashMap<>();
    List<String> twice = new ArrayList<>();
    for (String bundle : listed) {
      for (String key : bundle(bundle).stringPropertyNames()) {
        String before = seenIn.putIfAbsent(key, bundle);
        if (before != null) {
          twice.add(key + " in " + before + " and " + bundle);
        }
      }
    }
    assertThat(twice).as("Keys in two bundles (only the first would be read)").isEmpty();
  }

  /**
   * A message with arguments goes through MessageFormat, where a single apostrophe starts a quote
   * and vanishes; one without arguments is shown as it is, where a doubled apostrophe would show
   * twice. (The curly ’ is not special to either.)
   */
  @Test
  void apostrophesSuitHowEachMessageIsRead() {
    List<String> wrong = new ArrayList<>();
    messages()
        .forEach(
            (key, value) -> {
              boolean formatted = value.matches("(?s).*\\{\\d.*");
              String withoutPairs = value.replace("''", "");
              if (formatted && withoutPairs.contains("'")) {
                wrong.add(key + " has arguments, so its apostrophes must be doubled: " + value);
              } else if (!formatted && value.contains("''")) {
                wrong.add(key + " has no arguments, so its apostrophes must be single: " + value);
              }
            });
    assertThat(wrong).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  static List<Finding> typedText(Path template) {
    String html = read(template);
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, "", parser);
    List<Finding> findings = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode text) {
                checkText(template, text, findings);
              } else if (node instanceof Element element) {
                checkAttributes(template, element, findings);
              }
            },
        doc);
    return findings;
  }

  private static void checkText(Path template, TextNode text, List<Finding> findings) {
    if (replaced(text)) {
      return;
    }
    String whole = text.getWholeText();
    int line = text.sourceRange().start().lineNumber() + leadingNewlines(whole);
    Matcher inlined = INLINED.matcher(whole);
    while (inlined.find()) {
      String expression = inlined.group(1) != null ? inlined.group(1) : inlined.group(2);
      checkExpression(template, line, "[[...]]", expression, true, findings);
    }
    String typed = INLINED.matcher(whole).replaceAll(" ").strip().replaceAll("\\s+", " ");
    if (isLanguage(typed)) {
      findings.add(new Finding(where(template, line), typed));
    }
  }

  private static void checkAttributes(Path template, Element element, List<Finding> findings) {
    int line = element.sourceRange().start().lineNumber();
    String tag = element.normalName();
    // The value of an input button is its label; a <button>'s value is only sent, never shown.
    boolean button =
        tag.equals("input") && Set.of("submit", "button", "reset").contains(element.attr("type"));
    for (Attribute a : element.attributes()) {
      String name = a.getKey();
      String value = a.getValue();
      if (name.startsWith("th:") || name.startsWith("data-th-")) {
        String what = name.substring(name.startsWith("th:") ? 3 : 8);
        if (UNSHOWN_TH_ATTRIBUTES.contains(what)) {
          continue;
        }
        boolean shown = SHOWN_TH_ATTRIBUTES.contains(what) || (what.equals("value") && button);
        checkExpression(template, line, name, value, shown, findings);
      } else {
        boolean read =
            READ_ATTRIBUTES.contains(name)
                || (name.equals("value") && button)
                || (name.equals("content")
                    && tag.equals("meta")
                    && element.attr("name").equals("description"));
        if (read && isLanguage(value.strip())) {
          findings.add(new Finding(where(template, line), name + "=\"" + value + "\""));
        }
      }
    }
  }

  /**
   * The string literals in a Thymeleaf expression that hold words. Literals inside a message
   * expression {@code #{...}} are its key, so they are left alone.
   */
  private static void checkExpression(
      Path template,
      int line,
      String attribute,
      String expression,
      boolean shown,
      List<Finding> findings) {
    List<Boolean> braces = new ArrayList<>();
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '{') {
        braces.add(i > 0 && expression.charAt(i - 1) == '#');
      } else if (c == '}' && !braces.isEmpty()) {
        braces.remove(braces.size() - 1);
      } else if (c == '\'') {
        int end = i + 1;
        StringBuilder literal = new StringBuilder();
        while (end < expression.length() && expression.charAt(end) != '\'') {
          if (expression.charAt(end) == '\\' && end + 1 < expression.length()) {
            end++;
          }
          literal.append(expression.charAt(end));
          end++;
        }
        boolean inMessage = braces.contains(Boolean.TRUE);
        char before = lastNonSpace(expression, i);
        boolean argument = before == '(' || before == ',';
        if (!inMessage && isLanguageLiteral(literal.toString(), shown, argument)) {
          findings.add(
              new Finding(where(template, line), attribute + " literal '" + literal + "'"));
        }
        i = end;
      }
    }
  }

  private static boolean isLanguageLiteral(String literal, boolean shown, boolean argument) {
    if (!isLanguage(literal.strip())) {
      return false;
    }
    if (DATE_PATTERN.matcher(literal).matches() && literal.matches(".*(yy|MM|HH|mm).*")) {
      return false;
    }
    if (literal.contains("__") || literal.contains("${") || literal.matches("/\\S*")) {
      return false; // preprocessing, an expression, an address
    }
    if (WORD_LIKE.matcher(literal).matches()) {
      if (literal.contains(".") || literal.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\w*")) {
        return false; // a message key or its prefix
      }
      if (literal.matches("\\p{Lu}\\p{Ll}.*")) {
        return true; // 'Name', 'Yes'
      }
      // A lower-case word shown as it is ('none'), unless it is a function's argument.
      return shown && !argument && literal.matches(".*\\p{Ll}.*");
    }
    String[] tokens = literal.strip().split("\\s+");
    return !Arrays.stream(tokens).allMatch(t -> CLASS_NAME.matcher(t).matches());
  }

  private static boolean isLanguage(String text) {
    return !text.isEmpty() && !NOT_LANGUAGE.contains(text) && LETTER.matcher(text).find();
  }

  /**
   * Whether Thymeleaf replaces this text before anyone reads it, or it is code: what {@code <code>}
   * holds (a file's column names, the letter's placeholders such as {name}) is typed the same in
   * every language.
   */
  private static boolean replaced(Node node) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
      if (e.normalName().equals("code")) {
        return true;
      }
      if (e.hasAttr("th:text") || e.hasAttr("th:utext")) {
        return true;
      }
      if ((e.hasAttr("th:replace") || e.hasAttr("th:insert")) && !e.normalName().equals("html")) {
        return true;
      }
      String remove = e.attr("th:remove");
      if (remove.equals("all") || remove.equals("body")) {
        return true;
      }
    }
    return false;
  }

  private static char lastNonSpace(String s, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  private static int leadingNewlines(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String where(Path template, int line) {
    return TEMPLATES.relativize(template) + ":" + line;
  }

  static List<Path> templates() {
    try (Stream<Path> s = Files.walk(TEMPLATES)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> basenames() {
    Properties application = load(RESOURCES.resolve("application.properties"));
    return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
        .map(String::strip)
        .toList();
  }

  static Map<String, String> messages() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String bundle : basenames()) {
      Properties p = bundle(bundle);
      p.stringPropertyNames().forEach(k -> all.putIfAbsent(k, p.getProperty(k)));
    }
    return all;
  }

  private static Properties bundle(String basename) {
    return load(RESOURCES.resolve(basename + ".properties"));
  }

  private static Properties load(Path path) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
