package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.List;

import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.BoolOperator;
import org.heapsim.python.ast.CmpOp;
import org.heapsim.python.ast.Comprehension;
import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Operator;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.UnaryOperator;

/**
 * Recursive descent over the expression rules of {@code Grammar/python.gram}, one method per rule,
 * from {@code star_expressions} down to {@code atom}. The invalid_* rules that give 3.10+ their
 * better messages are folded in where the parser notices the mistake.
 */
class ExpressionParser extends ParserBase {

    ExpressionParser(List<Token> tokens, String fileName, List<String> lines, SyntaxMessages messages,
                     List<CompileWarning> warnings) {
        super(tokens, fileName, lines, messages, warnings);
    }

    // ---- star_expressions / expression ------------------------------------------------------

    /** star_expressions: an expression list that becomes a Tuple if it has a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!check(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(",")) {
            if (!startsExpression() && !check("*")) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(listOf(elts), Ctx.Load, from(start));
    }

    /** star_expressions, or a yield expression where the grammar allows one (assignment values, statements). */
    Expr yieldOrStarExpressions() {
        if (check("yield")) {
            return yieldExpression();
        }
        return starExpressions();
    }

    Expr starExpression() {
        if (check("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.Load, from(star));
        }
        return expression();
    }

    /** star_named_expression: an element of a list/set/tuple display. */
    Expr starNamedExpression() {
        if (check("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.Load, from(star));
        }
        return namedExpression();
    }

    Expr namedExpression() {
        return namedExpression(true);
    }

    /**
     * named_expression. With equalsHint, a following '=' gets 3.10's invalid_named_expression
     * messages (call arguments have their own, for keyword arguments).
     */
    Expr namedExpression(boolean equalsHint) {
        if (checkName() && peekAt(1).is(":=")) {
            Token name = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), Ctx.Store, name.pos()), value, from(name));
        }
        Expr e = expression();
        if (check(":=")) {
            throw errorAt(e.pos(), messages.walrusTarget(Targets.describe(e, messages)));
        }
        if (equalsHint && check("=") && messages.minor() >= 10) {
            throw misplacedEquals(e);
        }
        return e;
    }

    /** invalid_named_expression: {@code NAME = value} or {@code target = value} where '=' cannot be. */
    private PySyntaxError misplacedEquals(Expr target) {
        Token equals = peek();
        boolean nameTarget = target instanceof Expr.Name;
        boolean assignable = !(target instanceof Expr.ListExpr || target instanceof Expr.Tuple
                || target instanceof Expr.GeneratorExp || target instanceof Expr.Constant c
                && (c.value() instanceof Boolean || c.value() == ConstantValue.Singleton.NONE))
                && isBitwiseOrLevel(target);
        if (!nameTarget && !assignable) {
            return invalidSyntax();
        }
        advance();
        Expr value = bitwiseOr();
        if (check("=") || check(":=")) {
            return invalidSyntaxAt(equals);
        }
        return nameTarget ? errorAt(target.pos().withEnd(value.pos()), messages.maybeMeantEquals())
                : errorAtStart(target.pos(), messages.cannotAssign(Targets.describe(target, messages), true));
    }

    static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.Lambda
                || e instanceof Expr.IfExp || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || e instanceof Expr.Starred || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not);
    }

    Expr expression() {
        if (check("lambda")) {
            return lambda();
        }
        Token start = peek();
        Expr body = disjunction();
        if (check("if")) {
            advance();
            Expr test = disjunction();
            if (!match("else")) {
                String message = messages.expectedElseInConditional();
                if (message != null && !checkType(TokenType.ERRORTOKEN) && !check(":")) {
                    throw errorAt(from(start), message);
                }
                throw invalidSyntax();
            }
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, from(start));
        }
        return body;
    }

    Expr yieldExpression() {
        Token kw = expect("yield");
        if (match("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, from(kw));
        }
        if (startsExpression() || check("*")) {
            Expr value = starExpressions();
            return new Expr.Yield(value, from(kw));
        }
        return new Expr.Yield(null, from(kw));
    }

    Expr lambda() {
        Token kw = expect("lambda");
        Arguments args = new ParameterParser(this, false, kw).parameters(":");
        expect(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, from(kw));
    }

    // ---- boolean and comparison ------------------------------------------------------------

    Expr disjunction() {
        return boolChain("or", BoolOperator.Or, true);
    }

    Expr conjunction() {
        return boolChain("and", BoolOperator.And, false);
    }

    private Expr boolChain(String keyword, BoolOperator op, boolean isOr) {
        Token start = peek();
        Expr first = isOr ? conjunction() : inversion();
        if (!check(keyword)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (match(keyword)) {
            values.add(isOr ? conjunction() : inversion());
        }
        return new Expr.BoolOp(op, listOf(values), from(start));
    }

    Expr inversion() {
        if (check("not")) {
            Token kw = advance();
            Expr operand = inversion();
            return new Expr.UnaryOp(UnaryOperator.Not, operand, from(kw));
        }
        return comparison();
    }

    Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        CmpOp op;
        while ((op = compareOperator()) != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        Expr.Compare cmp = new Expr.Compare(left, listOf(ops), listOf(comparators), from(start));
        LiteralCheck.warnIsLiteral(cmp, messages, this::warn);
        return cmp;
    }

    private CmpOp compareOperator() {
        Token t = peek();
        CmpOp op = switch (t.text()) {
            case "==" -> CmpOp.Eq;
            case "!=" -> CmpOp.NotEq;
            case "<" -> CmpOp.Lt;
            case "<=" -> CmpOp.LtE;
            case ">" -> CmpOp.Gt;
            case ">=" -> CmpOp.GtE;
            case "in" -> CmpOp.In;
            case "is" -> peekAt(1).is("not") ? CmpOp.IsNot : CmpOp.Is;
            case "not" -> peekAt(1).is("in") ? CmpOp.NotIn : null;
            default -> null;
        };
        if (op == null || t.type() == TokenType.STRING) {
            return null;
        }
        advance();
        if (op == CmpOp.IsNot || op == CmpOp.NotIn) {
            advance();
        }
        return op;
    }

    // ---- binary operators, lowest to highest precedence ------------------------------------

    Expr bitwiseOr() {
        return binaryLevel(0);
    }

    private static final String[][] BINARY_LEVELS = {
        {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"},
    };

    private Expr binaryLevel(int level) {
        if (level == BINARY_LEVELS.length) {
            return factor();
        }
        Token start = peek();
        Expr left = binaryLevel(level + 1);
        while (true) {
            Token t = peek();
            if (t.type() != TokenType.OP || !contains(BINARY_LEVELS[level], t.text())) {
                return left;
            }
            advance();
            Expr right = binaryLevel(level + 1);
            left = new Expr.BinOp(left, binaryOperator(t.text()), right, from(start));
        }
    }

    private static boolean contains(String[] ops, String text) {
        for (String op : ops) {
            if (op.equals(text)) {
                return true;
            }
        }
        return false;
    }

    static Operator binaryOperator(String symbol) {
        for (Operator op : Operator.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    Expr factor() {
        Token t = peek();
        UnaryOperator op = switch (t.type() == TokenType.OP ? t.text() : "") {
            case "+" -> UnaryOperator.UAdd;
            case "-" -> UnaryOperator.USub;
            case "~" -> UnaryOperator.Invert;
            default -> null;
        };
        if (op != null) {
            advance();
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, from(t));
        }
        return power();
    }

    Expr power() {
        Token start = peek();
        if (check("await")) {
            throw unsupported(start, "'await'");
        }
        Expr base = primary();
        if (match("**")) {
            Expr exponent = factor();
            return new Expr.BinOp(base, Operator.Pow, exponent, from(start));
        }
        return base;
    }

    // ---- primary: calls, subscripts, attributes --------------------------------------------

    Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            if (match(".")) {
                Token name = expectName();
                e = new Expr.Attribute(e, name.text(), Ctx.Load, from(start));
            } else if (check("(")) {
                e = call(e, start);
            } else if (check("[")) {
                advance();
                Expr slice = slices();
                expectClosing("]");
                e = new Expr.Subscript(e, slice, Ctx.Load, from(start));
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func, Token start) {
        Token open = advance();
        CallArguments args = new CallArguments(this);
        args.parse();
        expectClosing(")");
        List<Expr> positional = args.positional();
        if (args.isBareGenerator()) {
            Expr.GeneratorExp g = (Expr.GeneratorExp) positional.get(0);
            positional = List.of(new Expr.GeneratorExp(g.elt(), g.generators(), from(open)));
        }
        return new Expr.Call(func, positional, args.keywords(), from(start));
    }

    /** slices: a single slice/expression, or a Tuple of them when there is a comma. */
    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!check(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(",")) {
            if (check("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(listOf(elts), Ctx.Load, from(start));
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (!check(":")) {
            if (check("*") && messages.minor() >= 11) {
                return starredOperand();
            }
            lower = messages.minor() >= 10 ? namedExpression() : expression();
            if (!check(":")) {
                return lower;
            }
        }
        expect(":");
        Expr upper = check(":") || check("]") || check(",") ? null : expression();
        Expr step = null;
        if (match(":")) {
            step = check("]") || check(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, from(start));
    }

    private Expr starredOperand() {
        Token star = advance();
        Expr value = bitwiseOr();
        return new Expr.Starred(value, Ctx.Load, from(star));
    }

    // ---- atoms -----------------------------------------------------------------------------

    Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                return nameAtom(t);
            }
            case NUMBER -> {
                advance();
                return new Expr.Constant(NumberParser.parse(t.text()), null, t.pos());
            }
            case STRING -> {
                return new StringParser(this, messages, warnings).strings();
            }
            case ERRORTOKEN -> throw t.error();
            case OP -> {
                return switch (t.text()) {
                    case "(" -> parenthesized();
                    case "[" -> listDisplay();
                    case "{" -> braceDisplay();
                    case "..." -> {
                        advance();
                        yield new Expr.Constant(ConstantValue.Singleton.ELLIPSIS, null, t.pos());
                    }
                    default -> throw invalidSyntax();
                };
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "None" -> {
                advance();
                return new Expr.Constant(ConstantValue.Singleton.NONE, null, t.pos());
            }
            case "True", "False" -> {
                advance();
                return new Expr.Constant(t.text().equals("True"), null, t.pos());
            }
            case "await" -> throw unsupported(t, "'await'");
            default -> {
                if (KEYWORDS.contains(t.text())) {
                    throw invalidSyntax();
                }
                advance();
                return new Expr.Name(t.text(), Ctx.Load, t.pos());
            }
        }
    }

    /** tuple | group | genexp | yield inside parentheses. */
    private Expr parenthesized() {
        Token open = advance();
        try {
            if (check(")")) {
                advance();
                return new Expr.Tuple(List.of(), Ctx.Load, from(open));
            }
            if (check("yield")) {
                Expr y = yieldExpression();
                expectClosing(")");
                return y;
            }
            Expr first = starNamedExpression();
            if (check("for") || check("async")) {
                List<Comprehension> gens = comprehensionClauses();
                expectClosing(")");
                return new Expr.GeneratorExp(first, gens, from(open));
            }
            if (check(")")) {
                advance();
                if (first instanceof Expr.Starred) {
                    throw errorAt(first.pos(), messages.cannotUseStarredHere());
                }
                return first;
            }
            if (!check(",")) {
                throw unexpectedInBrackets(first);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (match(",")) {
                if (check(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expectClosing(")");
            return new Expr.Tuple(listOf(elts), Ctx.Load, from(open));
        } finally {
        }
    }

    private Expr listDisplay() {
        Token open = advance();
        try {
            if (match("]")) {
                return new Expr.ListExpr(List.of(), Ctx.Load, from(open));
            }
            Expr first = starNamedExpression();
            if (check("for") || check("async")) {
                rejectStarredInComprehension(first);
                List<Comprehension> gens = comprehensionClauses();
                expectClosing("]");
                return new Expr.ListComp(first, gens, from(open));
            }
            List<Expr> elts = elementsAfter(first, "]");
            return new Expr.ListExpr(elts, Ctx.Load, from(open));
        } finally {
        }
    }

    private Expr braceDisplay() {
        Token open = advance();
        try {
            if (match("}")) {
                return new Expr.Dict(List.of(), List.of(), from(open));
            }
            if (check("**")) {
                return dictDisplay(open, null, null);
            }
            Expr first = starNamedExpression();
            if (first instanceof Expr.Starred && check(":")) {
                throw invalidSyntax();
            }
            if (match(":")) {
                Expr value = expression();
                if (check("for") || check("async")) {
                    List<Comprehension> gens = comprehensionClauses();
                    expectClosing("}");
                    return new Expr.DictComp(first, value, gens, from(open));
                }
                return dictDisplay(open, first, value);
            }
            if (check("for") || check("async")) {
                rejectStarredInComprehension(first);
                List<Comprehension> gens = comprehensionClauses();
                expectClosing("}");
                return new Expr.SetComp(first, gens, from(open));
            }
            List<Expr> elts = elementsAfter(first, "}");
            return new Expr.Set(elts, from(open));
        } finally {
        }
    }

    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needEntry = firstKey == null;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (needEntry || match(",")) {
            needEntry = false;
            if (check("}")) {
                break;
            }
            if (match("**")) {
                keys.add(null);
                values.add(bitwiseOr());
                continue;
            }
            Expr key = expression();
            if (!check(":")) {
                throw missingColonAfterKey(key);
            }
            Token colon = advance();
            if ((check("}") || check(",")) && messages.minor() >= 10) {
                throw errorAt(colon, "expression expected after dictionary key and ':'");
            }
            keys.add(key);
            values.add(expression());
        }
        expectClosing("}");
        return new Expr.Dict(listOf(keys), listOf(values), from(open));
    }

    /** invalid_kvpair (3.10+): after "key: value," a key without ':' is reported at the key's last character. */
    private PySyntaxError missingColonAfterKey(Expr key) {
        if (messages.minor() < 10 || checkType(TokenType.ERRORTOKEN)) {
            return invalidSyntax();
        }
        Pos p = key.pos();
        return syntaxError(messages.dictKeyNeedsColon(), p.endLine(), p.endCol() - 1, p.endLine(), -1);
    }

    private List<Expr> elementsAfter(Expr first, String close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (true) {
            if (check(close)) {
                break;
            }
            if (!check(",")) {
                throw unexpectedInBrackets(elts.get(elts.size() - 1));
            }
            advance();
            if (check(close)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expectClosing(close);
        return listOf(elts);
    }

    private void rejectStarredInComprehension(Expr elt) {
        if (elt instanceof Expr.Starred) {
            throw errorAt(elt.pos(), messages.unpackingInComprehension());
        }
    }

    /** for_if_clauses: one or more {@code for targets in disjunction (if disjunction)*}. */
    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (check("for") || check("async")) {
            if (check("async")) {
                throw unsupported(peek(), "'async for'");
            }
            advance();
            Expr rawTarget = targetList("in");
            if (!check("in")) {
                throw missingIn(rawTarget);
            }
            Expr target = Targets.store(rawTarget, messages, this, false);
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (match("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, listOf(ifs)));
        }
        return listOf(gens);
    }

    /** 3.13's invalid_for_if_clause; before, pegen's invalid_expression may see a missing comma there. */
    private PySyntaxError missingIn(Expr target) {
        if (messages.minor() >= 13 && !checkType(TokenType.ERRORTOKEN)) {
            return errorAt(peek(), "'in' expected after for-loop variables");
        }
        if (messages.minor() >= 10 && startsExpression() && !startsWithSoftKeywordOrNameString(target)) {
            Object next = speculate(current, () -> parseThenPeek(this::expression));
            if (next instanceof PySyntaxError e) {
                return e;
            }
            if (next instanceof Expr e) {
                return errorAt(span(target.pos(), e.pos()), messages.forgotComma());
            }
        }
        return invalidSyntax();
    }

    /**
     * star_targets as an expression (converted to Store by {@link Targets}): elements are parsed at
     * bitwise_or level so that a following {@code in} or {@code =} ends the list.
     */
    Expr targetList(String terminator) {
        Token start = peek();
        Expr first = targetElement();
        if (!check(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(",")) {
            if (check(terminator)) {
                break;
            }
            elts.add(targetElement());
        }
        return new Expr.Tuple(listOf(elts), Ctx.Load, from(start));
    }

    private Expr targetElement() {
        if (check("*")) {
            Token star = advance();
            Expr value = targetElement();
            return new Expr.Starred(value, Ctx.Load, from(star));
        }
        return bitwiseOr();
    }

    // ---- errors inside brackets ------------------------------------------------------------

    /**
     * After an element inside brackets comes neither ',' nor the closer. When another expression
     * starts there, 3.10+ suggest the missing comma (invalid_expression in python.gram).
     */
    PySyntaxError unexpectedInBrackets(Expr previousElement) {
        Token t = peek();
        boolean anotherExpression = startsExpression() && !t.is("not") && !(previousElement instanceof Expr.Starred)
                && !startsWithSoftKeywordOrNameString(previousElement);
        if (t.type() != TokenType.ERRORTOKEN && anotherExpression && messages.minor() >= 10) {
            Object next = speculate(current, () -> parseThenPeek(this::expression));
            if (next instanceof PySyntaxError e) {
                return e;
            }
            if (next instanceof Expr e) {
                return errorAt(span(previousElement.pos(), e.pos()), messages.forgotComma());
            }
        }
        return invalidSyntax();
    }

    /** invalid_expression's lookahead {@code !(NAME STRING | SOFT_KEYWORD)} at the start of the first expression. */
    private boolean startsWithSoftKeywordOrNameString(Expr e) {
        int i = tokenIndexAt(e.pos());
        if (i < 0 || tokens.get(i).type() != TokenType.NAME) {
            return false;
        }
        String name = tokens.get(i).text();
        boolean soft = name.equals("_") || name.equals("match") || name.equals("case")
                || name.equals("type") && messages.minor() >= 12;
        return soft || i + 1 < tokens.size() && tokens.get(i + 1).type() == TokenType.STRING;
    }

    private int tokenIndexAt(Pos p) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.line() == p.line() && t.col() == p.col()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs a parse the way pegen's error pass does: a tokenizer error it runs into, or finds in
     * the one token it peeks at afterwards, is what gets reported. Returns the result, that
     * PySyntaxError, or null when the parse failed otherwise.
     */
    Object parseThenPeek(java.util.function.Supplier<?> parse) {
        try {
            Object result = parse.get();
            return peek().type() == TokenType.ERRORTOKEN ? peek().error() : result;
        } catch (PySyntaxError e) {
            return isTokenizerError(e) ? e : null;
        } catch (UnsupportedSyntax e) {
            return null;
        }
    }

    boolean isTokenizerError(PySyntaxError e) {
        Token last = tokens.get(tokens.size() - 1);
        return last.type() == TokenType.ERRORTOKEN && last.error() == e;
    }

    @Override
    protected boolean lookaheadReachesEnd(int from) {
        Boolean reached = speculate(from, () -> {
            try {
                expression();
                if (match("=")) {
                    bitwiseOr();
                }
                return peek().isEofInBrackets();
            } catch (PySyntaxError e) {
                Token last = tokens.get(tokens.size() - 1);
                return last.isEofInBrackets() && e == last.error() || peek().isEofInBrackets();
            } catch (UnsupportedSyntax e) {
                return false;
            }
        });
        return reached;
    }

    /** Runs a parse from tokens[from] and then restores the cursor and the warnings. */
    <T> T speculate(int from, java.util.function.Supplier<T> parse) {
        int save = current;
        int warningCount = warnings.size();
        current = from;
        speculating++;
        try {
            return parse.get();
        } finally {
            speculating--;
            current = save;
            while (warnings.size() > warningCount) {
                warnings.remove(warnings.size() - 1);
            }
        }
    }

    void expectClosing(String close) {
        if (check(close)) {
            advance();
            return;
        }
        throw invalidSyntax();
    }

    /** Whether the current token can begin an expression (used for optional operands). */
    boolean startsExpression() {
        Token t = peek();
        return switch (t.type()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

}
