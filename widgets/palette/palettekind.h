#pragma once

#include "model/kinds.h"

#include <optional>
#include <QIcon>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <variant>

class QMimeData;

namespace archboard {

// The note has no kinds of its own; this stands for "a note" in PaletteKind.
struct NoteKind {
    bool operator==(const NoteKind&) const = default;
};

// What one palette entry creates: a component of a kind, a group of a kind,
// or a note.
using PaletteKind = std::variant<ComponentKind, GroupKind, NoteKind>;

// The MIME type of a palette drag, from the palette to the canvas. Its
// payload is the entry's token in UTF-8.
inline constexpr char kPaletteMimeType[] = "application/x-archboard-kind";

// Tokens: the component kind as in the file ("cache", "load_balancer"),
// "group:<kind>" for groups ("group:region") and "note".
QString paletteToken(const PaletteKind& kind);
std::optional<PaletteKind> paletteKindFromToken(QStringView token);

// A new QMimeData carrying `kind` (the caller owns it), and the reverse;
// nullopt when the data is not a palette drag or names no known kind.
QMimeData* paletteMimeData(const PaletteKind& kind);
std::optional<PaletteKind> paletteKindFromMimeData(const QMimeData* mime);
// Whether the data comes from a palette drag, whatever kind it names.
bool isPaletteDrag(const QMimeData* mime);

// The kind's name as a title: "Load balancer", "API gateway", "Note".
QString paletteDisplayName(const PaletteKind& kind);
// One line on what the kind is for, for tooltips.
QString paletteDescription(const PaletteKind& kind);
QIcon paletteIcon(const PaletteKind& kind);

} // namespace archboard

Q_DECLARE_METATYPE(archboard::PaletteKind)
