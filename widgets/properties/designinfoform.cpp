#include "designinfoform.h"

#include "enumcombo.h"
#include "optionalnumberspinbox.h"
#include "textcommitter.h"
#include "widgets/commands/editdesigninfocommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr double kMaxNumber = 1e15;
constexpr double kMaxCount = 1e6;
constexpr double kMaxPercent = 100;

QString requirementName(const QString& token) {
    return QStringLiteral("req:") + token;
}

// One requirement per line; blank lines and surrounding spaces do not count.
std::vector<std::string> linesOf(const QString& text) {
    std::vector<std::string> lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.push_back(toStdString(line.trimmed()));
    return lines;
}

QString joinLines(const std::vector<std::string>& lines) {
    QStringList out;
    for (const std::string& line : lines)
        out.append(toQString(line));
    return out.join(QLatin1Char('\n'));
}

} // namespace

DesignInfoForm::DesignInfoForm(DesignDocument* document, QWidget* parent)
    : EditForm(document, parent) {
    setObjectName(QStringLiteral("designInfoForm"));
    auto* layout = new QVBoxLayout(this);
    m_heading = addFormHeading(layout, this);

    QFormLayout* form = addForm(layout);
    QLineEdit* title = addLineEdit(form, tr("Title"), QStringLiteral("titleEdit"));
    QPlainTextEdit* prompt = addTextArea(form, tr("Prompt"), QStringLiteral("promptEdit"));
    prompt->setPlaceholderText(tr("The problem this design answers"));
    m_title = watchText(title, [this](const QString& text) {
        editInfo(tr("Title"), mergeKey(QStringLiteral("title")),
                 [&](DesignInfo& info) { info.title = toStdString(text); });
    });
    m_prompt = watchText(prompt, [this](const QString& text) {
        editInfo(tr("Prompt"), mergeKey(QStringLiteral("prompt")),
                 [&](DesignInfo& info) { info.prompt = toStdString(text); });
    });

    using R = Requirements;
    QFormLayout* scale = addSection(layout, tr("Scale"), QStringLiteral("scaleBox"));
    addCount(scale, tr("Daily active users"), QStringLiteral("dau"), &R::dau, 0);
    addNumber(scale, tr("Peak reads (per s)"), QStringLiteral("peak_read_rps"), &R::peakReadRps, 0,
              kMaxNumber);
    addNumber(scale, tr("Peak writes (per s)"), QStringLiteral("peak_write_rps"), &R::peakWriteRps,
              0, kMaxNumber);
    addNumber(scale, tr("Payload (bytes)"), QStringLiteral("payload_bytes"), &R::payloadBytes, 0,
              kMaxNumber);
    addNumber(scale, tr("Retention (days)"), QStringLiteral("retention_days"), &R::retentionDays, 0,
              kMaxNumber);

    QFormLayout* quality =
        addSection(layout, tr("Service levels"), QStringLiteral("serviceLevelsBox"));
    addNumber(quality, tr("Latency p99 (ms)"), QStringLiteral("latency_p99_ms"), &R::latencyP99Ms,
              0, kMaxNumber);
    addNumber(quality, tr("Availability (%)"), QStringLiteral("availability"), &R::availability, 0,
              kMaxPercent);
    addChoice(quality, tr("Consistency"), QStringLiteral("consistency"), &R::consistency);
    addChoice(quality, tr("Durability"), QStringLiteral("durability"), &R::durability);
    addCount(quality, tr("Regions"), QStringLiteral("regions"), &R::regions, 1)
        ->setToolTip(tr("How many regions must serve traffic"));

    QFormLayout* scope = addSection(layout, tr("Scope"), QStringLiteral("scopeBox"));
    scope->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addLines(scope, tr("Functional requirements (one per line)"), QStringLiteral("functional"),
             &R::functional);
    addLines(scope, tr("Non-goals (one per line)"), QStringLiteral("non_goals"), &R::nonGoals);
    layout->addStretch(1);
    alignLabelColumns({form, scale, quality});
}

void DesignInfoForm::refresh() {
    const DesignInfo& info = document()->design().info();
    setFormHeading(m_heading, QIcon(), tr("Design"),
                   tr("Nothing selected: the design's prompt and requirements"));
    m_title->showModelText(toQString(info.title));
    m_prompt->showModelText(toQString(info.prompt));
    for (const auto& show : m_show)
        show(info.requirements);
}

void DesignInfoForm::editInfo(const QString& field, int mergeKey,
                              const std::function<void(DesignInfo&)>& change) {
    Design& design = document()->design();
    DesignInfo after = design.info();
    change(after);
    document()->undoStack()->push(new EditDesignInfoCommand(
        design, design.info(), std::move(after), tr("Change design: %1").arg(field), mergeKey));
    refresh();
}

void DesignInfoForm::addNumber(QFormLayout* form, const QString& label, const QString& token,
                               std::optional<double> Requirements::*member, double minimum,
                               double maximum) {
    OptionalNumberSpinBox* spin = EditForm::addNumber(form, label, requirementName(token));
    spin->setValidRange(minimum, maximum);
    m_show.emplace_back([spin, member](const Requirements& r) { spin->showModelValue(r.*member); });
    connect(spin, &OptionalNumberSpinBox::optionalValueChanged, this,
            [this, label, token, member](std::optional<double> value) {
                editInfo(label, mergeKey(token),
                         [&](DesignInfo& info) { info.requirements.*member = value; });
            });
}

OptionalNumberSpinBox* DesignInfoForm::addCount(QFormLayout* form, const QString& label,
                                                const QString& token,
                                                std::optional<std::int64_t> Requirements::*member,
                                                double minimum) {
    OptionalNumberSpinBox* spin = EditForm::addNumber(form, label, requirementName(token));
    spin->setIntegral(true);
    // Users are counted up to the format's number limit, regions as a count.
    spin->setValidRange(minimum, token == QStringLiteral("dau") ? kMaxNumber : kMaxCount);
    spin->setGroupSeparatorShown(true);
    m_show.emplace_back([spin, member](const Requirements& r) { spin->showModelValue(r.*member); });
    connect(spin, &OptionalNumberSpinBox::optionalValueChanged, this,
            [this, label, token, member, spin] {
                const std::optional<std::int64_t> value = spin->optionalInteger();
                editInfo(label, mergeKey(token),
                         [&](DesignInfo& info) { info.requirements.*member = value; });
            });
    return spin;
}

template <typename E>
void DesignInfoForm::addChoice(QFormLayout* form, const QString& label, const QString& token,
                               std::optional<E> Requirements::*member) {
    QComboBox* combo = addComboBox(form, label, requirementName(token));
    fillEnumCombo<E>(combo, tr("(unset)"));
    m_show.emplace_back(
        [combo, member](const Requirements& r) { showEnumComboValue(combo, r.*member); });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, label, member, combo] {
        const std::optional<E> value = enumComboValue<E>(combo);
        editInfo(label, 0, [&](DesignInfo& info) { info.requirements.*member = value; });
    });
}

void DesignInfoForm::addLines(QFormLayout* form, const QString& label, const QString& token,
                              std::optional<std::vector<std::string>> Requirements::*member) {
    QPlainTextEdit* edit = addTextArea(form, label, requirementName(token));
    TextCommitter* committer = watchText(edit, [this, label, token, member](const QString& text) {
        std::vector<std::string> lines = linesOf(text);
        editInfo(label, mergeKey(token), [&](DesignInfo& info) {
            // No lines is not stated, rather than an empty list.
            info.requirements.*member =
                lines.empty() ? std::nullopt : std::optional(std::move(lines));
        });
    });
    committer->setNormalizer([](const QString& text) { return joinLines(linesOf(text)); });
    m_show.emplace_back([committer, member](const Requirements& r) {
        committer->showModelText(joinLines((r.*member).value_or(std::vector<std::string>{})));
    });
}

} // namespace archboard
