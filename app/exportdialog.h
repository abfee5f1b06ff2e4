#pragma once

#include "widgets/export/designexport.h"

#include <QFileDialog>

class QComboBox;
class QDoubleSpinBox;

namespace archboard {

// File ▸ Export's save dialog. For a PNG it also asks, in the same dialog,
// for the scale and the background, so exporting is one step.
class ExportDialog : public QFileDialog {
    Q_OBJECT

public:
    ExportDialog(QWidget* parent, const QString& extension, const QString& filter,
                 const QString& suggestedPath);

    ExportOptions options() const;
    QDoubleSpinBox* scaleField() const { return m_scale; }
    QComboBox* backgroundField() const { return m_background; }

private:
    QDoubleSpinBox* m_scale = nullptr;
    QComboBox* m_background = nullptr;
};

} // namespace archboard
