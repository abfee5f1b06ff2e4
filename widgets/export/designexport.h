#pragma once

#include <optional>
#include <QString>

namespace archboard {

class Design;

enum class ExportFormat { Svg, Png, Pdf };

// The format a path's extension names (.svg, .png, .pdf, any case).
std::optional<ExportFormat> exportFormatFor(const QString& path);

// Draws the design as the canvas does, in the light style, cropped to its
// content, into `path`: SVG (vector, text as text), PNG (`scale` pixels per
// canvas unit) or PDF (vector, one page the size of the drawing). Needs a
// QGuiApplication but no window. Writes `path` completely or not at all: on
// any error an existing file of that name keeps its content. User text is
// escaped for the format (an SVG is always well-formed XML). Returns an
// empty string on success, else what went wrong. With `findings`, the
// critic's badges are drawn as the canvas shows them (open findings only, the
// design's own critique settings applied).
QString exportDesign(const Design& design, const QString& path, double scale = 1.0,
                     bool findings = false);

// What the export dialog asks for a PNG: pixels per canvas unit, and whether
// the canvas colour fills the background or it is left transparent; and, for
// every format, whether the critic's badges are drawn.
struct ExportOptions {
    double scale = 1.0;
    bool transparent = false;
    bool findings = false;
};
QString exportDesign(const Design& design, const QString& path, const ExportOptions& options);

} // namespace archboard
