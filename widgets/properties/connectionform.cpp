#include "connectionform.h"

#include "model/displayname.h"
#include "optionalnumberspinbox.h"
#include "textcommitter.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr double kMaxNumber = 1e15;
constexpr double kMaxCount = 1e6;

QString endName(const Design& design, const ElementId& id) {
    return toQString(componentDisplayName(design, id));
}

} // namespace

ConnectionForm::ConnectionForm(DesignDocument* document, QWidget* parent)
    : ElementForm(document, parent) {
    setObjectName(QStringLiteral("connectionForm"));
    auto* layout = new QVBoxLayout(this);
    m_heading = addFormHeading(layout, this);

    QFormLayout* form = addForm(layout);
    m_kind = addComboBox(form, tr("Kind"), QStringLiteral("connectionKindCombo"));
    for (std::size_t i = 0; i < enumCount<ConnectionKind>(); ++i)
        m_kind->addItem(kindDisplayName(static_cast<ConnectionKind>(i)), static_cast<int>(i));
    m_kind->setToolTip(tr("sync: request and response; async: through a queue or stream; "
                          "replication: store to store; telemetry: to observability"));
    m_protocol = addLineEdit(form, tr("Protocol"), QStringLiteral("protocolEdit"));
    m_protocol->setPlaceholderText(tr("e.g. HTTPS, gRPC, AMQP"));
    // Protocols are names, not words to translate.
    auto* protocols = new QCompleter(
        QStringList{QStringLiteral("HTTPS"), QStringLiteral("HTTP"), QStringLiteral("gRPC"),
                    QStringLiteral("WebSocket"), QStringLiteral("TCP"), QStringLiteral("UDP"),
                    QStringLiteral("AMQP"), QStringLiteral("MQTT"), QStringLiteral("Kafka"),
                    QStringLiteral("SQL"), QStringLiteral("RESP"), QStringLiteral("OTLP")},
        this);
    protocols->setCaseSensitivity(Qt::CaseInsensitive);
    m_protocol->setCompleter(protocols);
    m_label = addLineEdit(form, tr("Label"), QStringLiteral("labelEdit"));

    QFormLayout* props =
        addSection(layout, tr("Resilience and security"), QStringLiteral("connectionPropsBox"));
    OptionalNumberSpinBox* timeout =
        addNumber(props, tr("Timeout (ms)"), QStringLiteral("prop:timeout_ms"));
    timeout->setValidRange(0, kMaxNumber, true); // more than zero
    OptionalNumberSpinBox* retries =
        addNumber(props, tr("Retries"), QStringLiteral("prop:retries"));
    retries->setIntegral(true);
    retries->setValidRange(0, kMaxCount);
    addBool(props, tr("Backoff between retries"), QStringLiteral("backoff"),
            &ConnectionProps::backoff);
    addBool(props, tr("Circuit breaker"), QStringLiteral("circuit_breaker"),
            &ConnectionProps::circuitBreaker);
    addBool(props, tr("Idempotent"), QStringLiteral("idempotent"), &ConnectionProps::idempotent)
        ->setToolTip(tr("The receiver dedupes retries by key"));
    addBool(props, tr("Caller is authenticated"), QStringLiteral("auth"), &ConnectionProps::auth);
    addBool(props, tr("TLS"), QStringLiteral("tls"), &ConnectionProps::tls);
    layout->addStretch(1);
    alignLabelColumns({form, props});

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<ConnectionKind>(m_kind->currentData().toInt());
        edit<Connection>(tr("Kind"), 0, [kind](Connection& c) { c.kind = kind; });
    });
    m_protocolText = watchText(m_protocol, [this](const QString& text) {
        edit<Connection>(tr("Protocol"), mergeKey(QStringLiteral("protocol")),
                         [&](Connection& c) { c.protocol = toStdString(text); });
    });
    connect(protocols, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                m_protocolText->discard();
                edit<Connection>(tr("Protocol"), 0,
                                 [&](Connection& c) { c.protocol = toStdString(text); });
            });
    m_labelText = watchText(m_label, [this](const QString& text) {
        edit<Connection>(tr("Label"), mergeKey(QStringLiteral("label")),
                         [&](Connection& c) { c.label = toStdString(text); });
    });
    connect(timeout, &OptionalNumberSpinBox::optionalValueChanged, this,
            [this](std::optional<double> value) {
                edit<Connection>(tr("Timeout"), mergeKey(QStringLiteral("timeout_ms")),
                                 [value](Connection& c) { c.props.timeoutMs = value; });
            });
    connect(retries, &OptionalNumberSpinBox::optionalValueChanged, this, [this, retries] {
        const std::optional<std::int64_t> value = retries->optionalInteger();
        edit<Connection>(tr("Retries"), mergeKey(QStringLiteral("retries")),
                         [value](Connection& c) { c.props.retries = value; });
    });
    m_show.emplace_back([timeout, retries](const Connection& c) {
        timeout->showModelValue(c.props.timeoutMs);
        retries->showModelValue(c.props.retries);
    });
}

QCheckBox* ConnectionForm::addBool(QFormLayout* form, const QString& label, const QString& prop,
                                   std::optional<bool> ConnectionProps::*member) {
    QCheckBox* box = addCheckBox(form, label, QStringLiteral("prop:") + prop);
    m_show.emplace_back([box, member](const Connection& c) {
        const QSignalBlocker blocker(box);
        box->setChecked((c.props.*member).value_or(false));
    });
    connect(box, &QCheckBox::toggled, this, [this, label, member](bool checked) {
        edit<Connection>(label, 0, [&](Connection& c) {
            c.props.*member = checked ? std::optional(true) : std::nullopt;
        });
    });
    return box;
}

void ConnectionForm::refresh() {
    const Connection* connection = current<Connection>();
    if (!connection)
        return;
    const Design& design = document()->design();
    setFormHeading(
        m_heading, QIcon(),
        tr("%1 \u2192 %2").arg(endName(design, connection->from), endName(design, connection->to)),
        tr("Connection \u00b7 id %1").arg(toQString(connection->id)));
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(connection->kind)));
    }
    m_protocolText->showModelText(toQString(connection->protocol));
    m_labelText->showModelText(toQString(connection->label));
    for (const auto& show : m_show)
        show(*connection);
}

} // namespace archboard
