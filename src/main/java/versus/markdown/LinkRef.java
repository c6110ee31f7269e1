package versus.markdown;

import versus.diag.SourcePos;

/** A link or image an author wrote, with where: what link checks need to report a broken target precisely. */
public record LinkRef(String url, SourcePos pos, boolean image) {}
