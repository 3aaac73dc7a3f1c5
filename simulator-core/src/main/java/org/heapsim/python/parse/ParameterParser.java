package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.Expr;

/**
 * Parameter lists of {@code def} (with annotations) and {@code lambda} (without), following the
 * {@code parameters}/{@code lambda_parameters} rules of {@code Grammar/python.gram} and the checks
 * of its invalid_parameters rules.
 */
final class ParameterParser {
    private final ExpressionParser p;
    private final boolean annotations;
    private final List<Arguments.Arg> posonly = new ArrayList<>();
    private final List<Arguments.Arg> args = new ArrayList<>();
    private final List<Arguments.Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private Arguments.Arg vararg;
    private Arguments.Arg kwarg;
    private final Token owner;
    private Token firstParam;
    private Token afterBareStar;

    /** owner is the 'def' or 'lambda' keyword: 3.8/3.9 report duplicate parameters there. */
    ParameterParser(ExpressionParser parser, boolean annotations, Token owner) {
        this.p = parser;
        this.annotations = annotations;
        this.owner = owner;
    }

    /** Parses until {@code close} (not consumed): ")" for def, ":" for lambda. */
    Arguments parameters(String close) {
        boolean starSeen = false;
        Token bareStar = null;
        while (!p.check(close)) {
            Token t = p.peek();
            if (t.is("/")) {
                slash(t, starSeen);
            } else if (t.is("**")) {
                p.advance();
                kwarg = param(false);
                if (!p.check(close) && !(p.check(",") && p.peekAt(1).is(close))) {
                    if (p.check(",")) {
                        throw p.errorAt(p.peekAt(1), p.messages.argumentsAfterVarKeyword());
                    }
                    throw p.invalidSyntax();
                }
            } else if (t.is("*")) {
                if (starSeen) {
                    throw p.invalidSyntax();
                }
                p.advance();
                starSeen = true;
                if (p.check(",") || p.check(close)) {
                    bareStar = t;
                    afterBareStar = p.check(",") ? p.peekAt(1) : p.peek();
                } else {
                    vararg = param(false);
                }
            } else if (starSeen) {
                Arguments.Arg a = param(true);
                kwonly.add(a);
                kwDefaults.add(p.match("=") ? p.expression() : null);
                bareStar = null;
            } else {
                positional();
            }
            if (p.check(close)) {
                break;
            }
            if (!p.match(",")) {
                throw p.invalidSyntax();
            }
        }
        if (bareStar != null) {
            throw p.errorAt(bareStarErrorToken(bareStar), p.messages.bareStar());
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                ParserBase.listOf(kwDefaults), kwarg, List.copyOf(defaults));
    }

    /** 3.10+ point at the '*'; 3.9 at what follows "*,"; 3.8 at the '*' only when ')' follows it. */
    private Token bareStarErrorToken(Token star) {
        int minor = p.messages.minor();
        if (minor >= 10 || minor == 8 && afterBareStar.is(")") && afterBareStar.col() == star.endCol()) {
            return star;
        }
        return afterBareStar;
    }

    private void slash(Token t, boolean starSeen) {
        if (args.isEmpty() && posonly.isEmpty() && !starSeen) {
            throw p.errorAt(t, p.messages.slashFirst());
        }
        if (starSeen || !posonly.isEmpty()) {
            throw p.invalidSyntax();
        }
        p.advance();
        posonly.addAll(args);
        args.clear();
    }

    private void positional() {
        Arguments.Arg a = param(true);
        if (p.match("=")) {
            defaults.add(p.expression());
        } else if (!defaults.isEmpty()) {
            // 3.8 points at the first parameter, 3.9 just past the offending one, 3.10+ at it
            int minor = p.messages.minor();
            String message = p.messages.nonDefaultFollowsDefault();
            throw minor == 8 ? p.errorAt(firstParam, message) : minor == 9 ? p.errorAt(p.peek(), message)
                    : p.errorAt(a.pos(), message);
        }
        args.add(a);
    }

    private Arguments.Arg param(boolean mayHaveDefault) {
        Token name = p.expectName();
        if (firstParam == null) {
            firstParam = name;
        }
        Expr annotation = null;
        if (annotations && p.match(":")) {
            annotation = p.expression();
        }
        if (!seen.add(name.text())) {
            throw duplicate(name);
        }
        return new Arguments.Arg(name.text(), annotation, p.from(name));
    }

    /** CPython finds duplicates in symtable.c; 3.8/3.9 point at the def, 3.10+ at the parameter. */
    private PySyntaxError duplicate(Token name) {
        return p.errorAt(p.messages.minor() >= 10 ? name : owner, p.messages.duplicateArgument(name.text()));
    }
}
