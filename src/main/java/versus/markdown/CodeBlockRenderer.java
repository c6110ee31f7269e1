package versus.markdown;

import java.util.Optional;
import versus.diag.DiagnosticSink;

/**
 * A plug-in that turns some code blocks into something else (diagrams into SVG). The Markdown stage asks each
 * registered renderer in turn; the first that answers wins, and a block nobody claims becomes a code listing. What a
 * renderer returns is trusted HTML: it is inserted after sanitizing, so it must escape everything it takes from the
 * block.
 */
@FunctionalInterface
public interface CodeBlockRenderer {

  Optional<String> render(CodeBlock block, DiagnosticSink sink);
}
