#pragma once

#include <QString>

class QBoxLayout;
class QIcon;
class QLabel;
class QWidget;

namespace archboard {

// The top of a properties page: the kind's icon, what is selected, and its id.
struct FormHeading {
    QLabel* icon = nullptr;
    QLabel* title = nullptr;
    QLabel* detail = nullptr;
};

FormHeading addFormHeading(QBoxLayout* layout, QWidget* parent);
void setFormHeading(const FormHeading& heading, const QIcon& icon, const QString& title,
                    const QString& detail);

// A bold line that opens a section of a page.
QLabel* addSubheading(QBoxLayout* layout, QWidget* parent, const QString& text = {});

} // namespace archboard
