#pragma once

#include "../json/designjson.h"
#include "../store/document.h"

#include <memory>
#include <optional>
#include <string>

namespace archboard::source {

// The kinds of file a design is read from, one per entry of the format
// registry (designformat.h). Importers (draw.io, Mermaid) join both.
enum class SourceFormat { Json, Document };

// Where a design came from.
struct DesignSource {
    SourceFormat format = SourceFormat::Json;
    std::string path;           // the file, as given, without `@N`
    std::optional<int> version; // the version asked for; none for a document's latest
};

struct ReadOptions {
    // Also check a document (store::Document::check): that the file and
    // every stored version are intact, not only the one read.
    std::optional<store::CheckDepth> checkIntegrity = std::nullopt;
    // Hands over the document, kept open for writing when the file allows
    // (the app edits it in place). Without it a document is opened
    // read-only and never modified.
    bool keepDocumentOpen = false;
};

// A design read through the door, or the problems that kept it out.
struct SourcedDesign {
    LoadResult load; // problems with the file as a whole have an empty WHERE
    DesignSource source;
    std::unique_ptr<store::Document> document; // with keepDocumentOpen, for a document
};

} // namespace archboard::source
