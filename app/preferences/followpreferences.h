#pragma once

namespace archboard {

class CanvasScene;
class DesignDocument;
class MainActions;

// Makes one window's parts follow the user's Preferences, now and whenever
// they change: the canvas's grid and View ▸ Snap to Grid, the author of the
// document's new versions, and View ▸ Appearance. The snap and appearance
// actions also change the preferences, so the menu and the dialog agree.
void followPreferences(MainActions& actions, CanvasScene& scene, DesignDocument& document);

} // namespace archboard
