#include "imageexport.h"

namespace archboard::cli {

namespace {

ImageExporter& installed() {
    static ImageExporter exporter;
    return exporter;
}

} // namespace

void setImageExporter(ImageExporter exporter) {
    installed() = std::move(exporter);
}

const ImageExporter& imageExporter() {
    return installed();
}

} // namespace archboard::cli
