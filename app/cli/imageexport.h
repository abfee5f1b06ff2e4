#pragma once

#include "model/designdata.h"

#include <functional>
#include <string>

namespace archboard::cli {

// Drawing a design as an image needs Qt's painting, which the command line's
// core does without; the archboard-cli executable plugs a renderer in at
// start (app/cli/render/). Writes `path` (.svg, .png or .pdf, the canvas as
// drawn, cropped to the content) completely or not at all, and returns an
// empty string on success, else what went wrong.
struct ImageOptions {
    double scale = 1.0;    // for PNG
    bool findings = false; // draw the critic's badges (convert --findings)
};
using ImageExporter = std::function<std::string(const DesignData& design, const std::string& path,
                                                const ImageOptions& options)>;

void setImageExporter(ImageExporter exporter);
// Empty when no renderer is installed.
const ImageExporter& imageExporter();

} // namespace archboard::cli
