#pragma once

#include <QString>

namespace archboard {

// Light, dark, or whatever the platform gives. Light and dark use the Fusion
// style so they look the same everywhere.
enum class Appearance { System, Light, Dark };

QString appearanceToString(Appearance appearance);
Appearance appearanceFromString(const QString& text, Appearance fallback = Appearance::System);

// What choosing it does, for tips and accessible names: "Use dark colours".
QString appearanceDescription(Appearance appearance);

// The `appearance` setting (system, light or dark).
Appearance storedAppearance();
void storeAppearance(Appearance appearance);

// Styles the running QApplication.
void applyAppearance(Appearance appearance);

} // namespace archboard
