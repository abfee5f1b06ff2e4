#pragma once

namespace archboard {

// QUndoCommand::id() of every undo command, one per kind: the stack only asks
// two consecutive commands of the same kind to merge, and they merge only
// when they share a merge key (see DesignCommand).
enum class CommandId {
    AddElements = 1,
    RemoveElements,
    MoveElements,
    ResizeGroup,
    RenameElement,
    EditElement,
    EditDesignInfo,
    SetCritique,
    TidyLayout,
    ApplyQuickFix,
};

} // namespace archboard
