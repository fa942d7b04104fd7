#include "tests/support/scripteddnsserver.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTimer>

namespace lyncdns::test {

namespace {

constexpr quint16 kDnsPort = 53;
constexpr int kHeaderSize = 12;
constexpr int kChainHops = 20;

quint16 typeCode(const QString &type)
{
    if (type == QLatin1String("AAAA"))
        return 28;
    if (type == QLatin1String("CNAME"))
        return 5;
    if (type == QLatin1String("SRV"))
        return 33;
    return 1;
}

QString typeName(quint16 code)
{
    switch (code) {
    case 28:
        return QStringLiteral("AAAA");
    case 5:
        return QStringLiteral("CNAME");
    case 33:
        return QStringLiteral("SRV");
    default:
        return QStringLiteral("A");
    }
}

// Writes a DNS message with name compression, as real servers do (a 20-hop chain fits 512 bytes).
class Writer
{
public:
    QByteArray packet;

    void u16(quint16 v) { packet.append(char(v >> 8)).append(char(v & 0xff)); }
    void u32(quint32 v)
    {
        u16(quint16(v >> 16));
        u16(quint16(v & 0xffff));
    }
    void remember(const QString &name, int offset) { m_offsets.insert(name, offset); }
    void name(const QString &name)
    {
        QStringList labels = name.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
        for (int i = 0; i < labels.size(); ++i) {
            const QString suffix = labels.mid(i).join(QLatin1Char('.'));
            const auto it = m_offsets.constFind(suffix);
            if (it != m_offsets.cend()) {
                u16(quint16(0xc000 | it.value()));
                return;
            }
            if (packet.size() < 0x3fff)
                m_offsets.insert(suffix, int(packet.size()));
            const QByteArray label = labels.at(i).toLatin1();
            packet.append(char(label.size())).append(label);
        }
        packet.append('\0');
    }
    // One resource record; badOwner writes the owner as a pointer past the packet's end.
    void record(const QString &owner, const ScriptedDnsServer::Record &r, bool badOwner = false)
    {
        if (badOwner)
            u16(0xc3ff);
        else
            name(owner);
        u16(typeCode(r.type));
        u16(1);
        u32(3600);
        const int lengthAt = int(packet.size());
        u16(0);
        const int start = int(packet.size());
        if (r.type == QLatin1String("A")) {
            u32(QHostAddress(r.data).toIPv4Address());
        } else if (r.type == QLatin1String("AAAA")) {
            const Q_IPV6ADDR a = QHostAddress(r.data).toIPv6Address();
            packet.append(reinterpret_cast<const char *>(a.c), 16);
        } else if (r.type == QLatin1String("CNAME")) {
            name(r.data);
        } else {
            const QStringList parts = r.data.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (int i = 0; i < 3; ++i)
                u16(quint16(parts.value(i).toUInt()));
            name(parts.value(3));
        }
        const int length = int(packet.size()) - start;
        packet[lengthAt] = char(length >> 8);
        packet[lengthAt + 1] = char(length & 0xff);
    }

private:
    QHash<QString, int> m_offsets;
};

} // namespace

QString behaviourName(ScriptedDnsServer::Behaviour behaviour)
{
    using B = ScriptedDnsServer::Behaviour;
    switch (behaviour) {
    case B::Correct:
        return QStringLiteral("correct");
    case B::WrongId:
        return QStringLiteral("wrong transaction id");
    case B::WrongQuestion:
        return QStringLiteral("wrong question");
    case B::Garbage:
        return QStringLiteral("garbage bytes");
    case B::BadPointer:
        return QStringLiteral("bad compression pointer");
    case B::Truncated:
        return QStringLiteral("answer cut after one record");
    case B::TcWithoutTcp:
        return QStringLiteral("TC bit, TCP closed");
    case B::NotImp:
        return QStringLiteral("NOTIMP");
    case B::UnknownRcode:
        return QStringLiteral("rcode 11");
    case B::NoData:
        return QStringLiteral("NODATA");
    case B::Slow:
        return QStringLiteral("slower than the timeout");
    case B::DropEveryOther:
        return QStringLiteral("every other query dropped");
    case B::CnameChain20:
        return QStringLiteral("20-hop CNAME chain");
    case B::CnameLoop:
        return QStringLiteral("CNAME loop");
    case B::NoRecursion:
        return QStringLiteral("no recursion (referral for other names)");
    }
    return {};
}

ScriptedDnsServer::ScriptedDnsServer(const QString &address)
    : m_address(address)
{
    QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] { onReadyRead(); });
}

void ScriptedDnsServer::setBehaviour(Behaviour behaviour, const QString &victim)
{
    m_behaviour = behaviour;
    m_victim = victim.toLower();
}

bool ScriptedDnsServer::listen(QString *error)
{
    if (m_socket.bind(QHostAddress(m_address), kDnsPort, QAbstractSocket::DontShareAddress))
        return true;
    *error = QStringLiteral("cannot bind UDP %1:53: %2").arg(m_address, m_socket.errorString());
    return false;
}

QList<ScriptedDnsServer::Record> ScriptedDnsServer::recordsOf(const QString &name, const QString &type) const
{
    QList<Record> out;
    for (const Record &r : m_records)
        if (r.name == name && r.type == type)
            out << r;
    return out;
}

void ScriptedDnsServer::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        const QByteArray query = datagram.data();
        if (query.size() < kHeaderSize + 5)
            continue;
        Question q;
        q.id = quint16((quint8(query.at(0)) << 8) | quint8(query.at(1)));
        QStringList labels;
        int at = kHeaderSize;
        while (at < query.size() && query.at(at) != 0) {
            const int length = quint8(query.at(at));
            labels << QString::fromLatin1(query.mid(at + 1, length)).toLower();
            at += 1 + length;
        }
        if (at + 5 > query.size())
            continue;
        q.name = labels.join(QLatin1Char('.'));
        q.type = quint16((quint8(query.at(at + 1)) << 8) | quint8(query.at(at + 2)));
        q.wire = query.mid(kHeaderSize, at + 5 - kHeaderSize);
        m_received << q.name + QLatin1Char(' ') + typeName(q.type);

        const bool misbehave = m_victim.isEmpty() || q.name == m_victim;
        if (misbehave && m_behaviour == Behaviour::DropEveryOther && m_received.size() % 2 == 0)
            continue;
        const QByteArray reply = answer(q, misbehave);
        const QHostAddress sender = datagram.senderAddress();
        const quint16 port = quint16(datagram.senderPort());
        if (misbehave && m_behaviour == Behaviour::Slow) {
            // The server's own pace, not an ordering of the test's events.
            QTimer::singleShot(m_slowDelayMs, &m_socket,
                               [this, reply, sender, port] { m_socket.writeDatagram(reply, sender, port); });
            continue;
        }
        m_socket.writeDatagram(reply, sender, port);
    }
}

QByteArray ScriptedDnsServer::answer(const Question &q, bool misbehave)
{
    const Behaviour b = misbehave ? m_behaviour : Behaviour::Correct;
    if (b == Behaviour::Garbage) {
        QByteArray bytes(48, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        if (quint8(bytes.at(0)) == (q.id >> 8) && quint8(bytes.at(1)) == (q.id & 0xff))
            bytes[0] = char(bytes.at(0) ^ 0x55);
        return bytes;
    }

    // The answer section: owner and record, following CNAMEs held here (as a server does).
    QList<QPair<QString, Record>> answers;
    const QString asked = typeName(q.type);
    if (b == Behaviour::CnameChain20 || b == Behaviour::CnameLoop) {
        const auto hop = [&q](int i) {
            return i == 0 ? q.name : QStringLiteral("c%1.%2").arg(i).arg(q.name);
        };
        const int hops = b == Behaviour::CnameLoop ? 2 : kChainHops;
        for (int i = 0; i < hops; ++i) {
            const QString target = b == Behaviour::CnameLoop && i == 1 ? q.name : hop(i + 1);
            answers << qMakePair(hop(i), Record{hop(i), QStringLiteral("CNAME"), target});
        }
        if (b == Behaviour::CnameChain20)
            for (const Record &r : recordsOf(q.name, asked))
                answers << qMakePair(hop(kChainHops), r);
    } else {
        QString owner = q.name;
        for (int depth = 0; depth < 8; ++depth) {
            const QList<Record> data = recordsOf(owner, asked);
            if (!data.isEmpty()) {
                for (const Record &r : data)
                    answers << qMakePair(owner, r);
                break;
            }
            const QList<Record> cname = recordsOf(owner, QStringLiteral("CNAME"));
            if (cname.isEmpty() || asked == QLatin1String("CNAME"))
                break;
            answers << qMakePair(owner, cname.first());
            owner = cname.first().data;
        }
    }
    bool known = false;
    for (const Record &r : std::as_const(m_records))
        known = known || r.name == q.name;

    int rcode = answers.isEmpty() && !known && b != Behaviour::NoRecursion ? 3 : 0;
    bool tc = false;
    switch (b) {
    case Behaviour::TcWithoutTcp:
        tc = true;
        answers.clear();
        break;
    case Behaviour::NotImp:
        rcode = 4;
        answers.clear();
        break;
    case Behaviour::UnknownRcode:
        rcode = 11;
        answers.clear();
        break;
    case Behaviour::NoData:
        rcode = 0;
        answers.clear();
        break;
    default:
        break;
    }

    Writer w;
    w.u16(b == Behaviour::WrongId ? quint16(q.id ^ 0x4242) : q.id);
    w.u16(quint16(0x8400 | 0x0100 | (tc ? 0x0200 : 0) | rcode)); // QR, AA, RD (as asked)
    w.u16(1);
    w.u16(quint16(answers.size()));
    w.u16(0);
    w.u16(0);
    if (b == Behaviour::WrongQuestion) {
        w.name(QStringLiteral("other.") + q.name);
        w.u16(q.type);
        w.u16(1);
    } else {
        w.remember(q.name, kHeaderSize);
        w.packet.append(q.wire);
    }
    int afterFirst = 0;
    for (int i = 0; i < answers.size(); ++i) {
        w.record(answers.at(i).first, answers.at(i).second, b == Behaviour::BadPointer && i == 0);
        if (i == 0)
            afterFirst = int(w.packet.size());
    }
    if (b == Behaviour::Truncated && answers.size() > 1)
        w.packet.truncate(afterFirst);
    return w.packet;
}

} // namespace lyncdns::test
