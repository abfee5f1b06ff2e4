#pragma once

#include "app/appearance.h"
#include "widgets/canvas/canvasgrid.h"

#include <QObject>
#include <QString>

namespace archboard {

// The user's own settings that are not the critic's (those are
// CritiquePreferences): the author name that versions carry, the canvas
// grid and the appearance. Kept in QSettings; every window follows the
// signals, so a change applies at once, everywhere (as Tiled's Preferences).
class Preferences : public QObject {
    Q_OBJECT

public:
    static Preferences& instance();

    // As typed; empty means the login name.
    QString authorName() const;
    void setAuthorName(const QString& name);

    CanvasGrid grid() const;
    void setGrid(const CanvasGrid& grid);

    Appearance appearance() const;
    // Stores the appearance and styles the application with it.
    void setAppearance(Appearance appearance);

Q_SIGNALS:
    void authorNameChanged(const QString& name);
    void gridChanged(const CanvasGrid& grid);
    void appearanceChanged(Appearance appearance);

private:
    Preferences() = default;
};

} // namespace archboard
