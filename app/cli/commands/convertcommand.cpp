#include "../clicommand.h"
#include "../clihelp.h"
#include "../designinput.h"
#include "../exitcode.h"
#include "../imageexport.h"
#include "../outputkind.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/document.h"

#include <array>
#include <charconv>
#include <filesystem>
#include <string>
#include <system_error>

namespace archboard::cli {

namespace {

struct ConvertRequest {
    const DesignData& design;
    const std::string& input;  // IN as given
    const std::string& output; // OUT as given
    const CliArgs& args;
};

int writeJson(const ConvertRequest& request, CliIo& io) {
    return writeTextFile(io, request.output, writeDesignJson(request.design)) ? Exit::Ok
                                                                              : Exit::Failure;
}

int writeDocument(const ConvertRequest& request, CliIo& io) {
    std::error_code error;
    if (std::filesystem::exists(request.output, error)) {
        io.err << request.output
               << ": already exists; a document is never replaced (use commit to add a "
                  "version to it)\n";
        return Exit::Failure;
    }
    try {
        store::Document::createWithVersion(request.output, request.design,
                                           {.author = store::defaultAuthor(), .message = {}});
    } catch (const store::StoreError& failure) {
        io.err << request.output << ": " << failure.what() << '\n';
        return Exit::Failure;
    }
    return Exit::Ok;
}

int writeImage(const ConvertRequest& request, CliIo& io) {
    const ImageExporter& exporter = imageExporter();
    if (!exporter) {
        io.err << request.output << ": exporting images needs the archboard-cli executable\n";
        return Exit::Failure;
    }
    ImageOptions options;
    if (const auto text = request.args.value("--scale"))
        std::from_chars(text->data(), text->data() + text->size(), options.scale);
    options.findings = request.args.has("--findings");
    const std::string error = exporter(request.design, request.output, options);
    if (error.empty())
        return Exit::Ok;
    io.err << request.output << ": " << error << '\n';
    return Exit::Failure;
}

using Writer = int (*)(const ConvertRequest&, CliIo&);

// What convert writes for each kind of OUT. A kind without a writer is
// refused clearly; adding an export is its writer plus one entry here.
constexpr std::array<std::pair<OutputKind, Writer>, 5> kWriters{{
    {OutputKind::Json, writeJson},
    {OutputKind::Document, writeDocument},
    {OutputKind::Svg, writeImage},
    {OutputKind::Png, writeImage},
    {OutputKind::Pdf, writeImage},
}};

Writer writerFor(OutputKind kind) {
    for (const auto& [candidate, writer] : kWriters)
        if (candidate == kind)
            return writer;
    return nullptr;
}

constexpr std::array<std::string_view, 2> kImports{".drawio", ".mmd"};

bool validScale(std::string_view text) {
    double scale = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), scale);
    return ec == std::errc() && end == text.data() + text.size() && scale >= 0.1 && scale <= 8;
}

int runConvert(const CliArgs& args, CliIo& io) {
    const std::string& input = args.positionals()[0];
    const std::string& output = args.positionals()[1];
    const std::optional<OutputFormat> format = outputFormatOf(output);
    if (!format)
        return usageError(io, "convert",
                          "cannot tell what to write from the name \"" + output +
                              "\" (use .archboard.json, .json, .archboard, .svg, .png, .pdf, "
                              ".md, .html, .mmd or .drawio)");
    if (const auto scale = args.value("--scale"); scale && !validScale(*scale))
        return usageError(io, "convert",
                          "option --scale takes a number from 0.1 to 8, not \"" +
                              std::string(*scale) + "\"");
    for (const std::string_view extension : kImports)
        if (hasExtension(input, extension) &&
            source::formatOf(input) != source::SourceFormat::Document) {
            io.err << input << ": importing from " << extension
                   << " is not available in archboard-cli yet\n";
            return Exit::Failure;
        }
    const std::optional<DesignData> design = readDesignInput(io, input);
    if (!design)
        return Exit::Failure;
    const bool image = format->kind == OutputKind::Svg || format->kind == OutputKind::Png ||
                       format->kind == OutputKind::Pdf;
    if (args.has("--findings") && !image)
        return usageError(io, "convert", "option --findings needs an .svg, .png or .pdf OUT");
    const Writer writer = writerFor(format->kind);
    if (writer == nullptr) {
        io.err << output << ": exporting to " << format->extension
               << " is not available in archboard-cli yet\n";
        return Exit::Failure;
    }
    return writer({*design, input, output, args}, io);
}

} // namespace

extern const CliCommand convertCommand{
    .name = "convert",
    .summary = "convert a design between files",
    .description =
        "Reads IN (a JSON design, a document, or DOC.archboard@N) and writes OUT, whose\n"
        "kind comes from its extension: .archboard.json or .json (the design as JSON),\n"
        ".archboard (a new document with IN as version 1), .svg, .png, .pdf, .md, .html,\n"
        ".mmd or .drawio. OUT is written completely or not at all; an existing JSON file\n"
        "is replaced, an existing document never is (use commit to add a version).\n"
        "\n"
        ".svg, .png and .pdf are the canvas as the app draws it, cropped to the content\n"
        "(SVG keeps text as text); they need no display. With --findings they carry\n"
        "the critic's badges: the count of open findings on each element, in the\n"
        "colour of the worst, and connections with findings tinted.\n"
        "\n"
        "This version does not write .md, .html, .mmd or .drawio yet, nor import from\n"
        ".drawio or .mmd: it says so and exits 2.\n",
    .positionals = {.names = {"IN", "OUT"}},
    .options = {{.name = "--scale",
                 .valueName = "F",
                 .help = "PNG scale, from 0.1 to 8 (default 1)"},
                {.name = "--report", .help = "make a .pdf the review report, not the canvas"},
                {.name = "--findings",
                 .help = "draw the critic's badges on an .svg, .png or .pdf canvas"}},
    .exitStatus = "  0  OUT was written\n"
                  "  2  bad usage, an unreadable, invalid or too new IN, or OUT could not be\n"
                  "     written\n",
    .run = runConvert,
};

} // namespace archboard::cli
