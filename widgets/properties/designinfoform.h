#pragma once

#include "editform.h"
#include "formheading.h"
#include "model/designinfo.h"

#include <functional>
#include <vector>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace archboard {

class OptionalNumberSpinBox;
class TextCommitter;

// The design itself, shown when nothing is selected: title, prompt and every
// requirement of the format. A requirement left empty is not stated (absent
// in the file); functional requirements and non-goals are one per line.
// Every change is an EditDesignInfoCommand.
class DesignInfoForm : public EditForm {
    Q_OBJECT

public:
    explicit DesignInfoForm(DesignDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    void editInfo(const QString& field, int mergeKey,
                  const std::function<void(DesignInfo&)>& change);
    void addNumber(QFormLayout* form, const QString& label, const QString& token,
                   std::optional<double> Requirements::*member, double minimum, double maximum);
    OptionalNumberSpinBox* addCount(QFormLayout* form, const QString& label, const QString& token,
                                    std::optional<std::int64_t> Requirements::*member,
                                    double minimum);
    template <typename E>
    void addChoice(QFormLayout* form, const QString& label, const QString& token,
                   std::optional<E> Requirements::*member);
    void addLines(QFormLayout* form, const QString& label, const QString& token,
                  std::optional<std::vector<std::string>> Requirements::*member);

    FormHeading m_heading;
    TextCommitter* m_title;
    TextCommitter* m_prompt;
    std::vector<std::function<void(const Requirements&)>> m_show; // one per requirement
};

} // namespace archboard
