#pragma once

#include <QString>

namespace archboard {

class CanvasScene;

// Arrange ▸ Tidy Layout: lays the scene's design out along its request flow
// (model/layout/flowlayout.h) with the canvas's own card, header and note
// sizes, and pushes the result as one undo step. Returns an empty string on
// success or when there is nothing to do (read-only, empty design), else why
// it failed, for the status bar.
QString tidyLayout(CanvasScene& scene);

} // namespace archboard
