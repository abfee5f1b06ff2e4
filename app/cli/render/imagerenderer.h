#pragma once

#include <memory>

class QApplication;

namespace archboard::cli {

// While it lives, `convert` draws .svg, .png and .pdf the way the app's
// canvas does. Qt starts on the first export, on the offscreen platform
// unless QT_QPA_PLATFORM says otherwise, so no display is needed; commands
// that draw nothing never start it. Make one in main(), so Qt also stops
// there rather than during static destruction.
class ImageRenderer {
public:
    ImageRenderer();
    ~ImageRenderer();
    ImageRenderer(const ImageRenderer&) = delete;
    ImageRenderer& operator=(const ImageRenderer&) = delete;

private:
    void ensureApplication();

    int m_argc = 1;
    char m_name[16] = "archboard-cli";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QApplication> m_application;
};

} // namespace archboard::cli
