#pragma once

#include "model/critiquesettings.h"
#include "model/kinds.h"

#include <array>
#include <QColor>
#include <QFont>

class QPalette;

namespace archboard {

// Colours and fonts of the canvas, as a value the scene owns. Rebuilt from
// the palette when it changes, so light and dark both read well.
struct CanvasStyle {
    bool dark = false;
    QColor background, gridDot;
    QColor cardFill, cardBorder, cardShadow, cardText, cardMutedText;
    QColor badgeFill, badgeText;
    QColor selection, connectTarget;
    QColor noteFill, noteBorder, noteText;
    QColor labelFill, labelText;
    std::array<QColor, enumCount<ConnectionKind>()> edge;
    std::array<QColor, enumCount<GroupKind>()> groupTint;
    QColor groupText;
    // The critic's badges by severity (error, warning, info), the tint of a
    // connection with findings, and the halo of the current finding's targets.
    std::array<QColor, enumCount<Severity>()> findingFill, findingText;
    QColor findingHighlight;
    QFont findingFont;
    QFont titleFont, bodyFont, badgeFont, groupFont, labelFont, noteFont;

    static CanvasStyle fromPalette(const QPalette& palette);
    static CanvasStyle light();
    static CanvasStyle darkStyle();

    QColor edgeColor(ConnectionKind kind) const { return edge[static_cast<std::size_t>(kind)]; }
    QColor groupColor(GroupKind kind) const { return groupTint[static_cast<std::size_t>(kind)]; }
    // The accent of a kind's family (edge, compute, messaging, data, …).
    QColor kindColor(ComponentKind kind) const;
};

} // namespace archboard
