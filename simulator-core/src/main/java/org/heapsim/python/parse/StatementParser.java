package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.heapsim.python.ast.Alias;
import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.ExceptHandler;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Keyword;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.ast.WithItem;

/**
 * Recursive descent over the statement rules of {@code Grammar/python.gram} ({@code statements},
 * {@code compound_stmt}, {@code simple_stmts}); expressions are left to {@link ExpressionParser}.
 */
final class StatementParser extends ExpressionParser {
    private static final Set<String> AUGMENTED = Set.of(
            "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=");

    StatementParser(List<Token> tokens, String fileName, List<String> lines, SyntaxMessages messages,
                    List<CompileWarning> warnings) {
        super(tokens, fileName, lines, messages, warnings);
    }

    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!checkType(TokenType.ENDMARKER)) {
            statement(body);
        }
        return listOf(body);
    }

    private void statement(List<Stmt> into) {
        Token t = peek();
        if (t.type() == TokenType.INDENT) {
            throw invalidSyntax();
        }
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "if" -> into.add(ifStatement());
                case "while" -> into.add(whileStatement());
                case "for" -> into.add(forStatement());
                case "try" -> into.add(tryStatement());
                case "with" -> into.add(withStatement());
                case "def" -> into.add(functionDef(List.of()));
                case "class" -> into.add(classDef(List.of()));
                case "async" -> throw unsupported(t, "'async " + peekAt(1).text() + "'");
                default -> simpleStatements(into);
            }
            return;
        }
        if (t.is("@")) {
            into.add(decorated());
            return;
        }
        simpleStatements(into);
    }

    // ---- blocks ----------------------------------------------------------------------------

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts. what names the header for 3.10+'s message. */
    private List<Stmt> block(String what, Token header) {
        expectColon(FORCED_COLON.contains(what));
        List<Stmt> body = new ArrayList<>();
        if (!match(TokenType.NEWLINE)) {
            simpleStatements(body);
            return listOf(body);
        }
        if (!checkType(TokenType.INDENT)) {
            throw expectedIndentedBlock(what, header);
        }
        advance();
        while (!checkType(TokenType.DEDENT) && !checkType(TokenType.ENDMARKER)) {
            statement(body);
        }
        match(TokenType.DEDENT);
        return listOf(body);
    }

    /** Headers whose ':' python.gram (3.10+) writes as a forced token {@code &&':'}: any other token there gets "expected ':'". */
    private static final Set<String> FORCED_COLON = Set.of(
            "function definition", "'for' statement", "'try' statement", "'finally' statement", "'else' statement");

    private void expectColon(boolean forced) {
        if (check(":")) {
            advance();
            return;
        }
        if (checkType(TokenType.NEWLINE) || forced && messages.minor() >= 10 && !checkType(TokenType.ERRORTOKEN)) {
            throw errorAt(peek(), messages.expectedColon());
        }
        throw invalidSyntax();
    }

    private PySyntaxError expectedIndentedBlock(String what, Token header) {
        Token t = peek();
        if (t.type() == TokenType.ERRORTOKEN) {
            return t.error();
        }
        if (atEndOfInput()) {
            Token newline = previous();
            if (messages.missingBlockAtEofIsUnexpectedEof()) {
                return atEndOfFile(PySyntaxError.Kind.SyntaxError, messages.unexpectedEof(), newline.col());
            }
            // a script file has no column left for this error from 3.10 on: CPython prints no caret
            return atEndOfFile(PySyntaxError.Kind.IndentationError, messages.expectedIndentedBlock(what, header.line()),
                    messages.minor() >= 10 ? 0 : newline.col());
        }
        return new PySyntaxError(PySyntaxError.Kind.IndentationError,
                messages.expectedIndentedBlock(what, header.line()), fileName, t.line(), t.col(), t.endLine(),
                t.endCol(), sourceLine(t.line()));
    }

    // ---- compound statements ---------------------------------------------------------------

    private Stmt ifStatement() {
        Token kw = advance();
        Expr test = condition();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw);
        List<Stmt> orelse = List.of();
        if (check("elif")) {
            orelse = List.of(ifStatement());
        } else if (check("else")) {
            Token elseKw = advance();
            orelse = block("'else' statement", elseKw);
        }
        return new Stmt.If(test, body, orelse, from(kw));
    }

    /** The test of if/elif/while (a named_expression, so {@code if x = 1:} gets 3.10's hint). */
    private Expr condition() {
        return namedExpression();
    }

    private Stmt whileStatement() {
        Token kw = advance();
        Expr test = condition();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, from(kw));
    }

    private List<Stmt> elseBlock() {
        if (check("else")) {
            Token kw = advance();
            return block("'else' statement", kw);
        }
        return List.of();
    }

    private Stmt forStatement() {
        Token kw = advance();
        Expr target = Targets.store(targetList("in"), messages, this, false);
        if (!check("in")) {
            throw invalidSyntax();
        }
        advance();
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = elseBlock();
        return new Stmt.For(target, iter, body, orelse, from(kw));
    }

    private Stmt tryStatement() {
        Token kw = advance();
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (check("except")) {
            handlers.add(exceptHandler());
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && check("else")) {
            Token elseKw = advance();
            orelse = block("'else' statement", elseKw);
        }
        List<Stmt> finalbody = List.of();
        if (check("finally")) {
            Token finKw = advance();
            finalbody = block("'finally' statement", finKw);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw missingExceptOrFinally();
        }
        return new Stmt.Try(body, listOf(handlers), orelse, finalbody, from(kw));
    }

    private PySyntaxError missingExceptOrFinally() {
        boolean atEnd = atEndOfInput();
        if (messages.minor() <= 9) {
            return atEnd ? atEndOfFile(PySyntaxError.Kind.SyntaxError, messages.unexpectedEof(), previous().col())
                    : invalidSyntax();
        }
        if (checkType(TokenType.ERRORTOKEN)) {
            return invalidSyntax();
        }
        // at the end of the file CPython points at the line the try block ended on
        Token at = atEnd ? lastNewline() : peek();
        return syntaxError("expected 'except' or 'finally' block", at.line(), atEnd ? at.endCol() : at.col(),
                at.line(), atEnd ? at.endCol() : at.endCol());
    }

    /** Only DEDENTs and the end marker are left. */
    private boolean atEndOfInput() {
        return tokens.subList(current, tokens.size()).stream()
                .allMatch(t -> t.type() == TokenType.DEDENT || t.type() == TokenType.ENDMARKER);
    }

    private Token lastNewline() {
        int i = current - 1;
        while (i > 0 && tokens.get(i).type() != TokenType.NEWLINE) {
            i--;
        }
        return tokens.get(i);
    }

    private ExceptHandler exceptHandler() {
        Token kw = advance();
        if (check("*")) {
            if (messages.minor() < 11) {
                throw invalidSyntax();
            }
            throw unsupported(kw, "'except*'");
        }
        Expr type = null;
        String name = null;
        if (!check(":")) {
            type = expression();
            if (check(",")) {
                throw messages.minor() >= 10
                        ? errorAt(type.pos(), "multiple exception types must be parenthesized") : invalidSyntax();
            }
            if (match("as")) {
                name = expectName().text();
            }
        }
        List<Stmt> body = block("'except' statement", kw);
        return new ExceptHandler(type, name, body, from(kw));
    }

    private Stmt withStatement() {
        Token kw = advance();
        List<WithItem> items = check("(") && messages.minor() >= 9 ? parenthesizedWithItems() : null;
        if (items == null) {
            items = withItems();
        }
        List<Stmt> body = block("'with' statement", kw);
        return new Stmt.With(items, body, from(kw));
    }

    /** with ( item, item, ) : — tried first, and abandoned if the parentheses belong to an expression. */
    private List<WithItem> parenthesizedWithItems() {
        int save = current;
        int warningCount = warnings.size();
        try {
            advance();
            List<WithItem> items = new ArrayList<>();
            while (!check(")")) {
                items.add(withItem());
                if (!match(",")) {
                    break;
                }
            }
            expect(")");
            if (!check(":") || items.isEmpty()) {
                throw invalidSyntax();
            }
            return listOf(items);
        } catch (PySyntaxError e) {
            current = save;
            while (warnings.size() > warningCount) {
                warnings.remove(warnings.size() - 1);
            }
            return null;
        }
    }

    private List<WithItem> withItems() {
        List<WithItem> items = new ArrayList<>();
        do {
            items.add(withItem());
        } while (match(","));
        return listOf(items);
    }

    /** with_item: the target after 'as' is a single star_target, so a comma starts the next item. */
    private WithItem withItem() {
        Expr context = expression();
        Expr target = null;
        if (match("as")) {
            target = Targets.store(bitwiseOr(), messages, this, false);
        }
        return new WithItem(context, target);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (check("@")) {
            advance();
            Expr d = namedExpression();
            if (messages.minor() == 8 && !isDottedCall(d)) {
                throw errorAt(d.pos(), messages.invalidSyntax());
            }
            decorators.add(d);
            if (!match(TokenType.NEWLINE)) {
                throw invalidSyntax();
            }
        }
        Token kw = peek();
        if (kw.is("def")) {
            return functionDef(listOf(decorators));
        }
        if (kw.is("class")) {
            return classDef(listOf(decorators));
        }
        if (kw.is("async")) {
            throw unsupported(kw, "'async def'");
        }
        throw invalidSyntax();
    }

    /** 3.8's decorator grammar: dotted_name [ '(' arglist ')' ]. */
    private static boolean isDottedCall(Expr d) {
        Expr e = d instanceof Expr.Call c ? c.func() : d;
        while (e instanceof Expr.Attribute a) {
            e = a.value();
        }
        return e instanceof Expr.Name;
    }

    /** CPython positions a decorated def at the 'def' keyword (3.8+), not at the first '@'. */
    private Stmt functionDef(List<Expr> decorators) {
        Token kw = advance();
        Token name = expectName();
        if (!check("(")) {
            // 3.11+ write '(' as a forced token &&'('
            throw messages.minor() >= 11 && !checkType(TokenType.ERRORTOKEN) ? errorAt(peek(), messages.expectedOpenParen())
                    : invalidSyntax();
        }
        advance();
        Arguments args = new ParameterParser(this, true, kw).parameters(")");
        expect(")");
        Expr returns = null;
        if (match("->")) {
            returns = expression();
        }
        List<Stmt> body = block("function definition", kw);
        return new Stmt.FunctionDef(name.text(), args, body, decorators, returns, from(kw));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = advance();
        Token name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (match("(")) {
            CallArguments args = new CallArguments(this);
            args.parse();
            expectClosing(")");
            bases = args.positional();
            keywords = args.keywords();
            for (Keyword k : keywords) {
                if ("metaclass".equals(k.arg())) {
                    throw unsupported(k.pos(), "'metaclass='");
                }
            }
        }
        List<Stmt> body = block("class definition", kw);
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, from(kw));
    }

    // ---- simple statements -----------------------------------------------------------------

    private void simpleStatements(List<Stmt> into) {
        while (true) {
            into.add(simpleStatement());
            if (!match(";")) {
                break;
            }
            if (checkType(TokenType.NEWLINE)) {
                break;
            }
        }
        if (!match(TokenType.NEWLINE)) {
            throw invalidSyntax();
        }
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    advance();
                    return new Stmt.Pass(t.pos());
                }
                case "break" -> {
                    advance();
                    return new Stmt.Break(t.pos());
                }
                case "continue" -> {
                    advance();
                    return new Stmt.Continue(t.pos());
                }
                case "return" -> {
                    return returnStatement();
                }
                case "raise" -> {
                    return raiseStatement();
                }
                case "global", "nonlocal" -> {
                    return globalStatement();
                }
                case "del" -> {
                    return delStatement();
                }
                case "assert" -> {
                    return assertStatement();
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "match" -> rejectSoftKeywordStatement(t, "'match' statement", 10);
                case "type" -> rejectTypeStatement(t);
                default -> {
                }
            }
        }
        return expressionOrAssignment();
    }

    /** match is a soft keyword: it starts a match statement only when its logical line ends with ':'. */
    private void rejectSoftKeywordStatement(Token t, String construct, int since) {
        if (messages.minor() < since || peekAt(1).type() == TokenType.NEWLINE || peekAt(1).is("=")) {
            return;
        }
        int depth = 0;
        for (int i = current + 1; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.type() == TokenType.NEWLINE || tok.type() == TokenType.ENDMARKER
                    || tok.type() == TokenType.ERRORTOKEN) {
                Token before = tokens.get(i - 1);
                if (before.is(":") && depth == 0) {
                    throw unsupported(t, construct);
                }
                return;
            }
            if (tok.type() == TokenType.OP && "([{".contains(tok.text())) {
                depth++;
            } else if (tok.type() == TokenType.OP && ")]}".contains(tok.text())) {
                depth--;
            }
        }
    }

    private void rejectTypeStatement(Token t) {
        if (messages.minor() >= 12 && peekAt(1).type() == TokenType.NAME && !KEYWORDS.contains(peekAt(1).text())
                && (peekAt(2).is("=") || peekAt(2).is("["))) {
            throw unsupported(t, "'type' statement");
        }
    }

    private Stmt expressionOrAssignment() {
        Token start = peek();
        Expr first = yieldOrStarExpressions();
        if (check(":")) {
            return annotatedAssignment(start, first);
        }
        if (peek().type() == TokenType.OP && AUGMENTED.contains(peek().text())) {
            return augmentedAssignment(start, first);
        }
        if (check("=")) {
            return assignment(start, first);
        }
        if (!check(";") && !checkType(TokenType.NEWLINE)) {
            throw legacyPrintOrInvalid(first);
        }
        if (first instanceof Expr.Starred) {
            throw errorAt(first.pos(), messages.cannotUseStarredHere());
        }
        return new Stmt.ExprStmt(first, from(start));
    }

    /**
     * 3.10+'s invalid_legacy_expression: {@code print x} where x parses as star_expressions. (3.8/3.9
     * rewrite the message of any SyntaxError on such a line instead: see {@link LegacyStatements}.)
     */
    private PySyntaxError legacyPrintOrInvalid(Expr first) {
        if (messages.minor() >= 10 && first instanceof Expr.Name n && LegacyStatements.isLegacyName(n.id())
                && startsExpression()) {
            Object rest = speculate(current, () -> parseThenPeek(this::starExpressions));
            if (rest instanceof Expr e) {
                return errorAt(n.pos().withEnd(e.pos()), "Missing parentheses in call to '" + n.id()
                        + "'. Did you mean " + n.id() + "(...)?");
            }
            if (rest instanceof PySyntaxError e) {
                return e;
            }
        }
        return invalidSyntax();
    }


    private Stmt annotatedAssignment(Token start, Expr target) {
        advance();
        Expr annotation = expression();
        if (target instanceof Expr.Tuple) {
            throw errorAtStart(target.pos(), "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.ListExpr) {
            throw errorAtStart(target.pos(), "only single target (not list) can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAtStart(target.pos(), "illegal target for annotation");
        }
        boolean simple = target instanceof Expr.Name && !start.is("(");
        Expr value = match("=") ? yieldOrStarExpressions() : null;
        Expr stored = Targets.store(target, messages, this, false);
        return new Stmt.AnnAssign(stored, annotation, value, simple, from(start));
    }

    private Stmt augmentedAssignment(Token start, Expr target) {
        Token op = advance();
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt(target.pos(), messages.cannotAugAssign(Targets.describe(target, messages)));
        }
        Expr value = yieldOrStarExpressions();
        Expr stored = Targets.store(target, messages, this, false);
        String symbol = op.text().substring(0, op.text().length() - 1);
        return new Stmt.AugAssign(stored, binaryOperator(symbol), value, from(start));
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> targets = new ArrayList<>();
        List<Expr> chain = new ArrayList<>();
        chain.add(first);
        while (match("=")) {
            if (!startsExpression() && !check("yield") && !check("*") && messages.minor() >= 9) {
                // invalid_assignment: with nothing to assign, a bad target is named without a hint
                for (Expr target : chain) {
                    Targets.store(target, messages, this, false);
                }
                throw invalidSyntax();
            }
            chain.add(yieldOrStarExpressions());
        }
        requireStatementEndBeforeTargetChecks();
        for (int i = 0; i < chain.size() - 1; i++) {
            targets.add(Targets.store(chain.get(i), messages, this, suggestsEquality(chain, i)));
        }
        Expr value = chain.get(chain.size() - 1);
        if (value instanceof Expr.Starred) {
            throw errorAt(value.pos(), messages.cannotUseStarredHere());
        }
        return new Stmt.Assign(listOf(targets), value, from(start));
    }

    /** 3.8's LL(1) parser parses the whole statement before ast.c checks its targets. */
    private void requireStatementEndBeforeTargetChecks() {
        if (messages.minor() == 8 && !check(";") && !checkType(TokenType.NEWLINE)) {
            throw invalidSyntax();
        }
    }

    /**
     * 3.10's invalid_named_expression adds "Maybe you meant '=='" only for {@code a = b} where both
     * sides are bitwise_or-level expressions and no further '=' follows.
     */
    private static boolean suggestsEquality(List<Expr> chain, int i) {
        return chain.size() == 2 && isAssignmentSide(chain.get(0)) && isAssignmentSide(chain.get(1));
    }

    private static boolean isAssignmentSide(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.Lambda
                || e instanceof Expr.IfExp || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || e instanceof Expr.Starred || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op() == org.heapsim.python.ast.UnaryOperator.Not
                || e instanceof Expr.Tuple t && !t.elts().isEmpty() && t.pos().col() == t.elts().get(0).pos().col()
                && t.pos().line() == t.elts().get(0).pos().line());
    }

    private Stmt returnStatement() {
        Token kw = advance();
        Expr value = endsSimpleStatement() ? null : starExpressions();
        return new Stmt.Return(value, from(kw));
    }

    private boolean endsSimpleStatement() {
        return checkType(TokenType.NEWLINE) || check(";");
    }

    private Stmt raiseStatement() {
        Token kw = advance();
        Expr exc = null;
        Expr cause = null;
        if (!endsSimpleStatement()) {
            exc = expression();
            if (match("from")) {
                cause = expression();
            }
        }
        return new Stmt.Raise(exc, cause, from(kw));
    }

    private Stmt globalStatement() {
        Token kw = advance();
        List<String> names = new ArrayList<>();
        do {
            names.add(expectName().text());
        } while (match(","));
        return kw.text().equals("global") ? new Stmt.Global(listOf(names), from(kw))
                : new Stmt.Nonlocal(listOf(names), from(kw));
    }

    private Stmt delStatement() {
        Token kw = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (endsSimpleStatement()) {
                break;
            }
            targets.add(Targets.delete(bitwiseOr(), messages, this));
        } while (match(","));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(listOf(targets), from(kw));
    }

    private Stmt assertStatement() {
        Token kw = advance();
        Expr test = expression();
        Expr msg = match(",") ? expression() : null;
        return new Stmt.Assert(test, msg, from(kw));
    }

    private Stmt importStatement() {
        Token kw = advance();
        List<Alias> names = new ArrayList<>();
        if (checkType(TokenType.NEWLINE)) {
            throw errorAt(peek(), messages.namesAfterImport());
        }
        do {
            Token start = peek();
            String name = dottedName();
            String asname = match("as") ? expectName().text() : null;
            names.add(new Alias(name, asname, from(start)));
        } while (match(","));
        return new Stmt.Import(listOf(names), from(kw));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName().text());
        while (match(".")) {
            name.append('.').append(expectName().text());
        }
        return name.toString();
    }

    private Stmt fromImport() {
        Token kw = advance();
        int level = 0;
        while (check(".") || check("...")) {
            level += advance().text().length();
        }
        String module = level > 0 && check("import") ? null : dottedName();
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (check("*")) {
            Token star = advance();
            names.add(new Alias("*", null, star.pos()));
            return new Stmt.ImportFrom(module, listOf(names), level, from(kw));
        }
        boolean parenthesized = match("(");
        if (checkType(TokenType.NEWLINE)) {
            throw errorAt(peek(), messages.namesAfterImport());
        }
        do {
            if (parenthesized && check(")")) {
                break;
            }
            if (!parenthesized && previous().is(",") && checkType(TokenType.NEWLINE)) {
                throw errorAt(peek(), messages.trailingCommaInImport());
            }
            Token start = peek();
            String name = expectName().text();
            String asname = match("as") ? expectName().text() : null;
            names.add(new Alias(name, asname, from(start)));
        } while (match(","));
        if (parenthesized) {
            expectClosing(")");
        }
        return new Stmt.ImportFrom(module, listOf(names), level, from(kw));
    }
}
