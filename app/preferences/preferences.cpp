#include "preferences.h"

#include <algorithm>
#include <QSettings>

namespace archboard {

namespace {

const auto kAuthorKey = QStringLiteral("general/authorName");
const auto kGridSizeKey = QStringLiteral("canvas/gridSize");
const auto kShowGridKey = QStringLiteral("canvas/showGrid");
// The key View ▸ Snap to Grid has always used.
const auto kSnapKey = QStringLiteral("canvas/snapToGrid");

} // namespace

Preferences& Preferences::instance() {
    static Preferences preferences;
    return preferences;
}

QString Preferences::authorName() const {
    return QSettings().value(kAuthorKey).toString();
}

void Preferences::setAuthorName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed == authorName())
        return;
    QSettings settings;
    if (trimmed.isEmpty())
        settings.remove(kAuthorKey);
    else
        settings.setValue(kAuthorKey, trimmed);
    Q_EMIT authorNameChanged(trimmed);
}

CanvasGrid Preferences::grid() const {
    const QSettings settings;
    CanvasGrid grid;
    bool ok = false;
    const double size = settings.value(kGridSizeKey, CanvasGrid::kDefaultSize).toDouble(&ok);
    // A hand-edited file may hold anything.
    grid.size = ok ? std::clamp(size, CanvasGrid::kMinSize, CanvasGrid::kMaxSize)
                   : CanvasGrid::kDefaultSize;
    grid.visible = settings.value(kShowGridKey, true).toBool();
    grid.snap = settings.value(kSnapKey, true).toBool();
    return grid;
}

void Preferences::setGrid(const CanvasGrid& grid) {
    if (grid == this->grid())
        return;
    QSettings settings;
    settings.setValue(kGridSizeKey, grid.size);
    settings.setValue(kShowGridKey, grid.visible);
    settings.setValue(kSnapKey, grid.snap);
    Q_EMIT gridChanged(grid);
}

Appearance Preferences::appearance() const {
    return storedAppearance();
}

void Preferences::setAppearance(Appearance appearance) {
    if (appearance == this->appearance())
        return;
    storeAppearance(appearance);
    applyAppearance(appearance);
    Q_EMIT appearanceChanged(appearance);
}

} // namespace archboard
