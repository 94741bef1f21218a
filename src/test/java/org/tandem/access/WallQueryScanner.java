package org.tandem.access;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in Java source, the methods whose SQL reads a [wall] column, and says which of them take
 * no pass. See {@link WallQueryTest} for the rule; this class is how it is checked.
 *
 * <p>A piece of SQL is one string expression as the compiler would join it: a literal or text
 * block, together with every literal and {@code static final String} constant it is concatenated
 * with by {@code +} (constants are followed into their own concatenations, in this class or named
 * as {@code OtherClass.NAME}). Parts that are not constants (a variable, a method call) become a
 * placeholder, so a query's text is judged as one whole, with its own table aliases, never mixed
 * with another query's in the same method.
 */
final class WallQueryScanner {

  /** One method that reads a [wall] column without a pass. */
  record Offence(String method, String column) {
    @Override
    public String toString() {
      return method + " reads " + column;
    }
  }

  /** The pass types: a method holding one of these may read behind the wall. */
  static final Set<String> PASSES = Set.of("WallPass", "AreaWallPass", "WallFiguresPass");

  private static final String ID = "[a-z_][a-z0-9_]*";

  /** A table named after FROM, JOIN, INTO or UPDATE, and the alias that may follow it. */
  private static final Pattern TABLE =
      Pattern.compile(
          "\\b(?:from|join|into|update)\\s+(" + ID + ")(?:\\s+(?:as\\s+)?(" + ID + "))?");

  private static final Pattern QUALIFIED =
      Pattern.compile("(?<![a-z0-9_.])(" + ID + ")\\.(\\*|" + ID + ")");

  /** An identifier standing alone: not qualified, not a :parameter, not a qualifier itself. */
  private static final Pattern BARE = Pattern.compile("(?<![a-z0-9_.:])(" + ID + ")(?![a-z0-9_.])");

  private static final Pattern SELECT_STAR = Pattern.compile("\\bselect\\s+(?:distinct\\s+)?\\*");

  /** Words that can follow a table name but are not its alias. */
  private static final Set<String> NOT_ALIASES =
      Set.of(
          "where",
          "on",
          "join",
          "left",
          "right",
          "inner",
          "outer",
          "full",
          "cross",
          "order",
          "group",
          "set",
          "using",
          "values",
          "limit",
          "offset",
          "for",
          "returning",
          "having",
          "union",
          "natural",
          "lateral",
          "as",
          "window",
          "default",
          "select");

  private final Map<String, Set<String>> wall;
  private final Map<String, Expression> constants = new HashMap<>();

  /**
   * @param wall every [wall] column, as table name to column names
   */
  WallQueryScanner(Map<String, Set<String>> wall) {
    this.wall = wall;
    StaticJavaParser.getParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
  }

  static CompilationUnit parse(String source) {
    StaticJavaParser.getParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    return StaticJavaParser.parse(source);
  }

  /**
   * Learns the {@code static final String} constants of these sources, so that SQL built from them
   * can be read whole. Call with every source before {@link #offences}.
   */
  void learnConstants(List<CompilationUnit> units) {
    for (CompilationUnit unit : units) {
      for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
        if (!field.isStatic() || !field.isFinal()) {
          continue;
        }
        String owner =
            field.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
        for (VariableDeclarator v : field.getVariables()) {
          if (v.getTypeAsString().equals("String") && v.getInitializer().isPresent()) {
            constants.put(owner + "." + v.getNameAsString(), v.getInitializer().get());
          }
        }
      }
    }
  }

  /**
   * Every method in the unit whose SQL reads a [wall] column and that takes no pass, or takes one
   * and never uses it: a pass that is only carried would keep no query to its case or areas.
   */
  List<Offence> offences(CompilationUnit unit) {
    List<Offence> found = new ArrayList<>();
    for (CallableDeclaration<?> method : unit.findAll(CallableDeclaration.class)) {
      Set<String> read = wallColumnsRead(method);
      if (read.isEmpty()) {
        continue;
      }
      List<String> passes = passNames(method);
      if (passes.isEmpty()) {
        read.forEach(column -> found.add(new Offence(name(method), column)));
      } else if (method.findAll(NameExpr.class).stream()
          .noneMatch(n -> passes.contains(n.getNameAsString()))) {
        found.add(new Offence(name(method), "behind the wall but never uses its pass"));
      }
    }
    return found;
  }

  /** The [wall] columns, as table.column, that this method's own SQL reads. */
  Set<String> wallColumnsRead(CallableDeclaration<?> method) {
    Set<Expression> roots = new LinkedHashSet<>();
    for (Expression part : method.findAll(Expression.class)) {
      boolean text = part instanceof StringLiteralExpr || part instanceof TextBlockLiteralExpr;
      boolean constant = constant(part).isPresent();
      if ((text || constant) && ownMethod(part) == method) {
        roots.add(outermostConcatenation(part));
      }
    }
    Set<String> columns = new TreeSet<>();
    for (Expression root : roots) {
      columns.addAll(wallColumnsIn(text(root, 0)));
    }
    return columns;
  }

  /**
   * The [wall] columns, as table.column, that one piece of SQL reads. An INSERT that selects
   * nothing only writes, so it reads none (though what it RETURNING gives back is read).
   */
  Set<String> wallColumnsIn(String sql) {
    String s =
        sql.toLowerCase(Locale.ROOT)
            .replaceAll("--[^\\n]*", " ")
            .replaceAll("'(?:[^']|'')*'", "''")
            .replaceAll("\\s+", " ")
            .strip();
    if (s.startsWith("insert") && !s.contains("select")) {
      int returning = s.indexOf(" returning ");
      if (returning < 0) {
        return Set.of();
      }
      String into = s.replaceFirst("^insert into (" + ID + ").*$", "$1");
      s = "from " + into + " " + s.substring(returning + " returning ".length());
    }
    Map<String, String> aliases = new HashMap<>();
    Set<String> tables = new LinkedHashSet<>();
    Matcher t = TABLE.matcher(s);
    while (t.find()) {
      String table = t.group(1);
      tables.add(table);
      aliases.put(table, table);
      if (t.group(2) != null && !NOT_ALIASES.contains(t.group(2))) {
        aliases.put(t.group(2), table);
      }
    }
    Set<String> read = new TreeSet<>();
    Matcher q = QUALIFIED.matcher(s);
    while (q.find()) {
      String table = aliases.get(q.group(1));
      String column = q.group(2);
      if (table != null && wall.containsKey(table)) {
        if (column.equals("*")) {
          wall.get(table).forEach(c -> read.add(table + "." + c));
        } else if (wall.get(table).contains(column)) {
          read.add(table + "." + column);
        }
      }
    }
    Matcher b = BARE.matcher(s);
    while (b.find()) {
      String word = b.group(1);
      boolean outputName = s.substring(0, b.start()).endsWith(" as ");
      if (outputName) {
        continue;
      }
      for (String table : tables) {
        if (wall.getOrDefault(table, Set.of()).contains(word)) {
          read.add(table + "." + word);
        }
      }
    }
    if (SELECT_STAR.matcher(s).find()) {
      for (String table : tables) {
        wall.getOrDefault(table, Set.of()).forEach(c -> read.add(table + "." + c));
      }
    }
    return read;
  }

  /** The names of the method's pass parameters. */
  private static List<String> passNames(CallableDeclaration<?> method) {
    return method.getParameters().stream()
        .filter(
            p -> {
              String type = p.getType().asString();
              return PASSES.contains(type.substring(type.lastIndexOf('.') + 1));
            })
        .map(p -> p.getNameAsString())
        .toList();
  }

  /** The method a piece of code belongs to: a lambda's is the one it is written in. */
  private static Node ownMethod(Node node) {
    return node.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(null);
  }

  private static Expression outermostConcatenation(Expression e) {
    Expression top = e;
    while (top.getParentNode().orElse(null) instanceof Expression parent
        && (isPlus(parent) || parent instanceof EnclosedExpr)) {
      top = parent;
    }
    return top;
  }

  private static boolean isPlus(Node n) {
    return n instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS;
  }

  /** The text of a string expression: constants followed, anything else a placeholder. */
  private String text(Expression e, int depth) {
    if (depth > 20) {
      return " ? ";
    }
    if (e instanceof StringLiteralExpr s) {
      return s.asString();
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return t.asString();
    }
    if (e instanceof EnclosedExpr en) {
      return text(en.getInner(), depth + 1);
    }
    if (isPlus(e)) {
      BinaryExpr b = (BinaryExpr) e;
      return text(b.getLeft(), depth + 1) + text(b.getRight(), depth + 1);
    }
    Optional<Expression> constant = constant(e);
    return constant.isPresent() ? text(constant.get(), depth + 1) : " ? ";
  }

  /** The initializer of the String constant this expression names, if it names one. */
  private Optional<Expression> constant(Expression e) {
    if (e instanceof NameExpr n) {
      for (Node at = e; at != null; at = at.getParentNode().orElse(null)) {
        if (at instanceof TypeDeclaration<?> type) {
          Expression found = constants.get(type.getNameAsString() + "." + n.getNameAsString());
          if (found != null) {
            return Optional.of(found);
          }
        }
      }
    } else if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr owner) {
      return Optional.ofNullable(
          constants.get(owner.getNameAsString() + "." + f.getNameAsString()));
    }
    return Optional.empty();
  }

  private static String name(CallableDeclaration<?> method) {
    String type =
        method.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("?");
    return type + "." + method.getNameAsString();
  }
}
