package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Keyword;

/**
 * The argument list of a call ({@code args} in {@code Grammar/python.gram}), including the lone
 * generator-expression argument and the ordering rules CPython enforces.
 */
final class CallArguments {
    private final ExpressionParser p;
    private final List<Expr> positional = new ArrayList<>();
    private final List<Keyword> keywords = new ArrayList<>();
    private final Set<String> keywordNames = new HashSet<>();
    private boolean sawKeyword;
    private boolean sawDoubleStar;
    private boolean bareGenerator;

    CallArguments(ExpressionParser parser) {
        this.p = parser;
    }

    List<Expr> positional() {
        return List.copyOf(positional);
    }

    /** True for {@code f(x for x in y)}: the generator expression's span is the call's parentheses. */
    boolean isBareGenerator() {
        return bareGenerator && positional.size() == 1 && keywords.isEmpty();
    }

    List<Keyword> keywords() {
        return List.copyOf(keywords);
    }

    /** Parses up to, not including, the closing parenthesis. */
    void parse() {
        while (!p.check(")")) {
            argument();
            if (p.check(")")) {
                return;
            }
            if (!p.check(",")) {
                Expr last = positional.isEmpty() && keywords.isEmpty() ? null : lastArgument();
                throw last == null ? p.invalidSyntax() : p.unexpectedInBrackets(last);
            }
            p.advance();
        }
    }

    /** 3.10 points at the earlier **mapping, 3.11/3.12 at the '*', 3.13 from the comma before it. */
    private PySyntaxError iterableAfterKeywordUnpacking(Token star) {
        String message = p.messages.iterableUnpackingAfterKeywordUnpacking();
        int minor = p.messages.minor();
        if (minor == 10) {
            Keyword unpacking = keywords.stream().filter(k -> k.arg() == null).findFirst().orElseThrow();
            return p.errorAt(unpacking.pos(), message);
        }
        if (minor >= 13) {
            int comma = p.tokens.indexOf(star) - 1;
            return p.errorAt(p.tokens.get(comma).pos().withEnd(p.from(star)), message);
        }
        return p.errorAtStart(star.pos(), message);
    }

    private Expr lastArgument() {
        return keywords.isEmpty() ? positional.get(positional.size() - 1) : keywords.get(keywords.size() - 1).value();
    }

    private void argument() {
        Token start = p.peek();
        if (p.match("**")) {
            Expr value = p.expression();
            keywords.add(new Keyword(null, value, p.from(start)));
            sawDoubleStar = true;
            return;
        }
        if (p.match("*")) {
            if (p.check(")") || p.check(",")) {
                throw p.messages.minor() >= 13 ? p.errorAt(p.peek(), p.messages.invalidStarExpression())
                        : p.invalidSyntax();
            }
            Expr value = p.expression();
            if (p.check("for") && p.messages.minor() >= 9) {
                throw p.errorAt(p.from(start), p.messages.unpackingInComprehension());
            }
            if (sawDoubleStar) {
                throw iterableAfterKeywordUnpacking(start);
            }
            positional.add(new Expr.Starred(value, Ctx.Load, p.from(start)));
            return;
        }
        if (p.checkName() && p.peekAt(1).is("=")) {
            Token name = p.advance();
            p.advance();
            Expr value = p.expression();
            if (!keywordNames.add(name.text())) {
                throw p.errorAt(p.from(name), p.messages.keywordArgumentRepeated(name.text()));
            }
            keywords.add(new Keyword(name.text(), value, p.from(name)));
            sawKeyword = true;
            return;
        }
        Expr value = p.namedExpression(false);
        if (p.check("for") || p.check("async")) {
            value = new Expr.GeneratorExp(value, p.comprehensionClauses(), p.from(start));
            bareGenerator = true;
            if (!positional.isEmpty() || !keywords.isEmpty() || p.check(",") && !p.peekAt(1).is(")")) {
                throw p.errorAt(value.pos(), "Generator expression must be parenthesized");
            }
        }
        if (p.check("=")) {
            throw p.errorAt(value.pos().withEnd(p.peek().pos()), p.messages.keywordCannotBeExpression());
        }
        if (sawDoubleStar) {
            throw p.messages.minor() >= 9 ? p.errorAt(p.peek(), p.messages.positionalFollowsKeywordUnpacking())
                    : p.errorAt(value.pos(), p.messages.positionalFollowsKeywordUnpacking());
        }
        if (sawKeyword) {
            // 3.9+ point just past the offending argument, 3.8 at its start
            throw p.messages.minor() >= 9 ? p.errorAt(p.peek(), p.messages.positionalFollowsKeyword())
                    : p.errorAt(value.pos(), p.messages.positionalFollowsKeyword());
        }
        positional.add(value);
    }
}
