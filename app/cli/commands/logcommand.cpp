#include "../clicommand.h"
#include "../designinput.h"
#include "../exitcode.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/document.h"

#include <string>

namespace archboard::cli {

namespace {

// Line breaks and other control characters (C0, DEL, C1) as spaces, so
// that each version stays on one line.
std::string oneLine(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7f) {
            out += ' ';
        } else if (byte == 0xc2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            out += ' ';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

void printText(CliIo& io, const std::vector<store::VersionInfo>& versions) {
    for (const store::VersionInfo& v : versions) {
        std::string line = std::to_string(v.number) + "  " + v.created + "  " + oneLine(v.author) +
                           "  " + std::to_string(v.components) + " components, " +
                           std::to_string(v.connections) + " connections";
        if (!v.message.empty())
            line += "  " + oneLine(v.message);
        io.out << line << '\n';
    }
}

void printJson(CliIo& io, const std::string& file,
               const std::vector<store::VersionInfo>& versions) {
    Json list = Json::array();
    for (const store::VersionInfo& v : versions) {
        Json item = Json::object();
        item["number"] = v.number;
        item["time"] = v.created;
        item["author"] = v.author;
        item["message"] = v.message;
        item["components"] = v.components;
        item["connections"] = v.connections;
        list.push_back(std::move(item));
    }
    Json out = Json::object();
    out["file"] = file;
    out["versions"] = std::move(list);
    io.out << writeJsonText(out);
}

int runLog(const CliArgs& args, CliIo& io) {
    const std::string& file = args.positionals()[0];
    try {
        const auto document = store::Document::open(file, store::Document::Mode::ReadOnly);
        const std::vector<store::VersionInfo> versions = document->versions();
        if (args.valueOr("--format", "text") == "json")
            printJson(io, file, versions);
        else
            printText(io, versions);
        return Exit::Ok;
    } catch (const store::StoreError& error) {
        const std::string what = error.what();
        if (what == "not an Archboard document" && source::readDesignFile(file).ok())
            io.err << file << ": a JSON design has no history; log reads .archboard documents\n";
        else
            io.err << file << ": " << what << '\n';
        return Exit::Failure;
    }
}

} // namespace

extern const CliCommand logCommand{
    .name = "log",
    .summary = "list the versions of a document",
    .description =
        "Lists the saved versions of the document DOC, oldest first.\n"
        "\n"
        "Text: one line per version, 'N  TIME  AUTHOR  C components, E connections  MESSAGE',\n"
        "TIME in UTC (YYYY-MM-DDTHH:MM:SSZ), control characters in AUTHOR and MESSAGE shown\n"
        "as spaces. JSON: {\"file\": DOC, \"versions\": [{\"number\", \"time\", \"author\",\n"
        "\"message\", \"components\", \"connections\"}]}.\n",
    .positionals = {.names = {"DOC"}},
    .options = {{.name = "--format",
                 .allowed = {"text", "json"},
                 .help = "how to print the history (default text)"}},
    .exitStatus = "  0  the history was printed\n"
                  "  2  bad usage, or DOC is not a readable document\n",
    .run = runLog,
};

} // namespace archboard::cli
