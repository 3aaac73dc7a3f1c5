package org.heapsim.trace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heapsim.trace.TraceRecord.Action;
import org.heapsim.trace.TraceRecord.Item;
import org.heapsim.trace.TraceRecord.Pos;

/**
 * Reads the heap trace format ({@code .heap}): one record per line, record type first,
 * {@code #} comments and blank lines ignored, words, integers and double-quoted strings (with
 * {@code \"}, {@code \\}, {@code \n} escapes) separated by blanks. Every error names the line
 * and column.
 */
public final class HeapTraceReader {
    private static final Set<String> MUTATIONS = Set.of(
            "append", "insert", "setitem", "delitem", "delslice", "clear", "add", "discard",
            "setattr", "delattr", "setcell");
    private static final Set<String> EXPECTATIONS = Set.of(
            "alive", "dead", "refcount", "collected", "tracked", "untracked", "weakrefs",
            "weakref-dead", "weakref-alive", "count", "garbage", "output", "generation", "finalized");
    private static final Set<String> NEW_KINDS = Set.of(
            "list", "tuple", "dict", "set", "frozenset", "cell", "str", "int", "object");
    private static final Set<String> CLASS_KEYWORDS = Set.of("base", "slots", "del");
    private static final Set<String> ACTION_WORDS = Set.of("print", "append", "bind", "raise", "unbind");

    private HeapTraceReader() {
    }

    public static Trace read(String name, String text) throws TraceSyntaxError {
        List<TraceRecord> records = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<Token> tokens = tokenize(lines[i], i + 1);
            if (!tokens.isEmpty()) {
                records.add(new LineParser(tokens, i + 1, lines[i].length()).record());
            }
        }
        return new Trace(name, List.of(lines), records);
    }

    /** A word, integer or string on a line, with its 1-based column. */
    record Token(String text, boolean quoted, int col) {
    }

    static List<Token> tokenize(String line, int lineNo) throws TraceSyntaxError {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char d = line.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < line.length()) {
                        char e = line.charAt(i + 1);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case '"' -> sb.append('"');
                            case '\\' -> sb.append('\\');
                            default -> throw new TraceSyntaxError(lineNo, i + 1, "unknown escape \\" + e);
                        }
                        i += 2;
                        continue;
                    }
                    sb.append(d);
                    i++;
                }
                if (!closed) {
                    throw new TraceSyntaxError(lineNo, start + 1, "unterminated string");
                }
                tokens.add(new Token(sb.toString(), true, start + 1));
                continue;
            }
            while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '"'
                    && line.charAt(i) != '#') {
                i++;
            }
            tokens.add(new Token(line.substring(start, i), false, start + 1));
        }
        return tokens;
    }

    /** Parses the tokens of one line into a record. */
    private static final class LineParser {
        private final List<Token> tokens;
        private final int line;
        private final int endCol;
        private int next;

        LineParser(List<Token> tokens, int line, int lineLength) {
            this.tokens = tokens;
            this.line = line;
            this.endCol = lineLength + 1;
        }

        TraceRecord record() throws TraceSyntaxError {
            Token head = take("a record type");
            if (head.quoted()) {
                throw error(head, "expected a record type, found a string");
            }
            Pos pos = new Pos(line, head.col());
            String type = head.text();
            TraceRecord r = switch (type) {
                case "python" -> new TraceRecord.PythonVersions(restWords(), pos);
                case "twin" -> new TraceRecord.Twin(name("a program file name"), pos);
                case "class" -> classDef(pos);
                case "function" -> new TraceRecord.FunctionDef(name("a function name"), actions(), pos);
                case "new" -> newRecord(pos);
                case "bind" -> new TraceRecord.Bind(name("a name"), item(), pos);
                case "unbind" -> new TraceRecord.Unbind(namesAtLeastOne(), pos);
                case "weakref", "proxy" -> weakref(type.equals("proxy"), pos);
                case "finalize" -> new TraceRecord.FinalizeNew(name("a name (or -)"), name("the object"),
                        name("the function"), items(), pos);
                case "call", "detach", "noatexit" -> new TraceRecord.Invoke(type, name("a name"), pos);
                case "frame" -> new TraceRecord.FramePush(name("a frame name"), restWords(), pos);
                case "local" -> new TraceRecord.Local(name("a local name"), item(), pos);
                case "unlocal" -> new TraceRecord.Unlocal(name("a local name"), pos);
                case "return" -> new TraceRecord.FrameReturn(pos);
                case "collect" -> new TraceRecord.Collect(optionalGeneration(), pos);
                case "gc" -> gcControl(pos);
                case "atexit" -> new TraceRecord.AtexitRegister(name("a function name"), pos);
                case "print" -> new TraceRecord.Print(string("the text to print"), pos);
                case "shutdown" -> new TraceRecord.Shutdown(pos);
                case "expect" -> expect(pos);
                default -> {
                    if (MUTATIONS.contains(type)) {
                        yield new TraceRecord.Mutate(type, name("the object to change"), items(), pos);
                    }
                    throw error(head, "unknown record type '" + type + "'");
                }
            };
            if (next < tokens.size()) {
                throw error(tokens.get(next), "unexpected '" + tokens.get(next).text() + "'");
            }
            return r;
        }

        private TraceRecord classDef(Pos pos) throws TraceSyntaxError {
            String name = name("a class name");
            List<String> bases = new ArrayList<>();
            List<String> slots = null;
            List<Action> del = List.of();
            while (next < tokens.size()) {
                Token t = take("base, slots or del");
                switch (t.text()) {
                    case "base" -> bases.add(name("a base class"));
                    case "slots" -> {
                        slots = new ArrayList<>();
                        while (next < tokens.size() && !CLASS_KEYWORDS.contains(tokens.get(next).text())) {
                            slots.add(name("a slot name"));
                        }
                    }
                    case "del" -> del = actions();
                    default -> throw error(t, "expected base, slots or del, found '" + t.text() + "'");
                }
            }
            return new TraceRecord.ClassDef(name, bases, slots, del, pos);
        }

        private List<Action> actions() throws TraceSyntaxError {
            List<Action> actions = new ArrayList<>();
            while (next < tokens.size() && ACTION_WORDS.contains(tokens.get(next).text())) {
                Token t = take("an action");
                actions.add(switch (t.text()) {
                    case "print" -> new TraceRecord.PrintAction(string("the text to print"));
                    case "append" -> new TraceRecord.AppendAction(name("a list name"));
                    case "bind" -> new TraceRecord.BindAction(name("a name"));
                    case "unbind" -> new TraceRecord.UnbindAction(name("a name"));
                    default -> new TraceRecord.RaiseAction(name("an exception type"), string("the message"));
                });
            }
            if (actions.isEmpty()) {
                throw errorAtNext("expected an action: print, append, bind, unbind or raise");
            }
            return actions;
        }

        private TraceRecord newRecord(Pos pos) throws TraceSyntaxError {
            String name = name("a name for the new object");
            Token kind = take("a kind (list, tuple, dict, set, frozenset, cell, str, int, object) or a class name");
            if (kind.quoted()) {
                throw error(kind, "expected a kind, found a string");
            }
            if (!NEW_KINDS.contains(kind.text()) && !Character.isUpperCase(kind.text().charAt(0))
                    && !kind.text().startsWith("_")) {
                throw error(kind, "unknown kind '" + kind.text() + "' (a class name starts with a capital letter)");
            }
            return new TraceRecord.New(name, kind.text(), items(), pos);
        }

        private TraceRecord weakref(boolean proxy, Pos pos) throws TraceSyntaxError {
            String name = name("a name (or - to drop it at once)");
            String referent = name("the referent");
            String callback = next < tokens.size() ? name("a callback function") : null;
            return new TraceRecord.WeakrefNew(name, proxy, referent, callback, pos);
        }

        private TraceRecord gcControl(Pos pos) throws TraceSyntaxError {
            Token op = take("enable, disable, threshold, freeze, unfreeze or saveall");
            List<Integer> values = new ArrayList<>();
            switch (op.text()) {
                case "enable", "disable", "freeze", "unfreeze", "saveall" -> {
                }
                case "threshold" -> {
                    values.add(integer("a threshold"));
                    while (next < tokens.size() && values.size() < 3) {
                        values.add(integer("a threshold"));
                    }
                }
                default -> throw error(op, "unknown gc operation '" + op.text() + "'");
            }
            return new TraceRecord.GcControl(op.text(), values, pos);
        }

        private TraceRecord expect(Pos pos) throws TraceSyntaxError {
            Token what = take("what to expect");
            if (!EXPECTATIONS.contains(what.text())) {
                throw error(what, "unknown expectation '" + what.text() + "' (one of " + String.join(", ", EXPECTATIONS.stream().sorted().toList()) + ")");
            }
            List<Item> args = items();
            if (args.isEmpty()) {
                throw errorAtNext("expect " + what.text() + " needs an argument");
            }
            return new TraceRecord.Expect(what.text(), args, pos);
        }

        private int optionalGeneration() throws TraceSyntaxError {
            return next < tokens.size() ? integer("a generation") : 2;
        }

        // ---- tokens

        private Token take(String what) throws TraceSyntaxError {
            if (next >= tokens.size()) {
                throw errorAtNext("expected " + what);
            }
            return tokens.get(next++);
        }

        private String name(String what) throws TraceSyntaxError {
            Token t = take(what);
            if (t.quoted()) {
                throw error(t, "expected " + what + ", found a string");
            }
            return t.text();
        }

        private String string(String what) throws TraceSyntaxError {
            Token t = take(what);
            if (!t.quoted()) {
                throw error(t, "expected " + what + " in double quotes");
            }
            return t.text();
        }

        private int integer(String what) throws TraceSyntaxError {
            Token t = take(what);
            try {
                return Integer.parseInt(t.text());
            } catch (NumberFormatException e) {
                throw error(t, "expected " + what + " (a whole number), found '" + t.text() + "'");
            }
        }

        private List<String> restWords() throws TraceSyntaxError {
            List<String> words = new ArrayList<>();
            while (next < tokens.size()) {
                words.add(name("a name"));
            }
            return words;
        }

        private List<String> namesAtLeastOne() throws TraceSyntaxError {
            List<String> names = new ArrayList<>();
            names.add(name("a name"));
            names.addAll(restWords());
            return names;
        }

        private List<Item> items() throws TraceSyntaxError {
            List<Item> items = new ArrayList<>();
            while (next < tokens.size()) {
                items.add(item());
            }
            return items;
        }

        private Item item() throws TraceSyntaxError {
            Token t = take("a value (a name, a number, a \"string\", None, True or False)");
            Pos pos = new Pos(line, t.col());
            if (t.quoted()) {
                return new TraceRecord.StrLiteral(t.text(), pos);
            }
            String s = t.text();
            if (s.matches("-?[0-9]+")) {
                return new TraceRecord.IntLiteral(new BigInteger(s), pos);
            }
            if (s.equals("None") || s.equals("True") || s.equals("False")) {
                return new TraceRecord.Constant(s, pos);
            }
            if (!s.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw error(t, "'" + s + "' is not a name, a number or a string");
            }
            return new TraceRecord.Handle(s, pos);
        }

        private TraceSyntaxError error(Token t, String message) {
            return new TraceSyntaxError(line, t.col(), message);
        }

        private TraceSyntaxError errorAtNext(String message) {
            int col = next < tokens.size() ? tokens.get(next).col() : endCol;
            return new TraceSyntaxError(line, col, message);
        }
    }
}
