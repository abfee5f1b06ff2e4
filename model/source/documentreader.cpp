#include "documentreader.h"

#include "../store/schema.h"

#include <string>

namespace archboard::source {

bool isSqliteFile(std::string_view head) {
    return head == store::kSqliteHeader;
}

SourcedDesign readDocument(const DesignArgument& argument, const ReadOptions& options) {
    SourcedDesign result;
    const auto fail = [&result](std::string what) {
        result.load.problems.push_back({"", std::move(what)});
        return std::move(result);
    };
    try {
        auto document = store::Document::open(argument.path, options.keepDocumentOpen
                                                                 ? store::Document::Mode::ReadWrite
                                                                 : store::Document::Mode::ReadOnly);
        if (options.checkIntegrity) {
            if (const store::DocumentHealth health = document->check(*options.checkIntegrity);
                !health.ok())
                return fail(health.summary());
        }
        result.load.design =
            argument.version ? document->readVersion(*argument.version) : document->readLatest();
        if (options.keepDocumentOpen)
            result.document = std::move(document);
        return result;
    } catch (const store::StoreError& error) {
        return fail(error.what());
    }
}

} // namespace archboard::source
