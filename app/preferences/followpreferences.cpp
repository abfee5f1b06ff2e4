#include "followpreferences.h"

#include "app/mainactions.h"
#include "preferences.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/document/designdocument.h"

#include <QAction>
#include <QActionGroup>

namespace archboard {

void followPreferences(MainActions& actions, CanvasScene& scene, DesignDocument& document) {
    Preferences& preferences = Preferences::instance();

    QAction* snap = actions.snapToGrid();
    const auto showGrid = [&scene, snap](const CanvasGrid& grid) {
        scene.setGrid(grid);
        snap->setChecked(grid.snap); // no toggled() when it already is
    };
    showGrid(preferences.grid());
    QObject::connect(&preferences, &Preferences::gridChanged, &scene, showGrid);
    QObject::connect(snap, &QAction::toggled, &scene, [](bool on) {
        CanvasGrid grid = Preferences::instance().grid();
        grid.snap = on;
        Preferences::instance().setGrid(grid);
    });

    document.setAuthor(preferences.authorName());
    QObject::connect(&preferences, &Preferences::authorNameChanged, &document,
                     &DesignDocument::setAuthor);

    const auto showAppearance = [&actions](Appearance appearance) {
        if (QAction* current = actions.appearanceAction(appearance))
            current->setChecked(true);
    };
    showAppearance(preferences.appearance());
    QObject::connect(&preferences, &Preferences::appearanceChanged, actions.appearanceGroup(),
                     showAppearance);
    QObject::connect(
        actions.appearanceGroup(), &QActionGroup::triggered, &scene, [](QAction* action) {
            Preferences::instance().setAppearance(appearanceFromString(action->data().toString()));
        });
}

} // namespace archboard
