#pragma once

// A DNS server on UDP port 53 of a loopback address that answers from a list of records and can
// misbehave on purpose, per query: the hostile servers of tests/integration/tst_hostiledns.cpp.
// It answers in the event loop of the thread that owns it, so the test keeps that loop running
// (an asynchronous QProcess) while the checked program asks. No TCP: a TC answer cannot be retried.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUdpSocket>

namespace lyncdns::test {

class ScriptedDnsServer final
{
    Q_DISABLE_COPY_MOVE(ScriptedDnsServer)
public:
    enum class Behaviour
    {
        Correct,        // answers from the records; NXDOMAIN for names it does not hold
        WrongId,        // the right answer under another transaction ID
        WrongQuestion,  // the right answer to another question
        Garbage,        // random bytes
        BadPointer,     // an answer whose owner name is a compression pointer past the packet's end
        Truncated,      // the answer section cut after its first record; the count still says all
        TcWithoutTcp,   // TC set and no answers (and nothing listens on TCP)
        NotImp,         // rcode 4
        UnknownRcode,   // rcode 11
        NoData,         // NOERROR, no answers
        Slow,           // the right answer, after slowDelayMs
        DropEveryOther, // every second query received gets no answer
        CnameChain20,   // the name is a chain of 20 CNAMEs ending at its planned data
        CnameLoop,      // name → loop.<name> → name
        NoRecursion,    // NOERROR without answers (a referral) for names it does not hold
    };
    struct Record
    {
        QString name; // lower case, no trailing dot
        QString type; // A, AAAA, CNAME, SRV
        QString data; // as in `lyncdns plan --format csv`
    };

    explicit ScriptedDnsServer(const QString &address);
    ~ScriptedDnsServer() = default;

    void setRecords(const QList<Record> &records) { m_records = records; }
    // How queries for `victim` are answered (every query when victim is empty); others correctly.
    void setBehaviour(Behaviour behaviour, const QString &victim = {});
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }
    // Binds address:53 (UDP); false with the reason.
    bool listen(QString *error);

    QString address() const { return m_address; }
    // "name TYPE" of every query received, in order (answered or not).
    QStringList received() const { return m_received; }

private:
    struct Question
    {
        quint16 id = 0;
        QString name;
        quint16 type = 0;
        QByteArray wire; // the question section as received
    };

    void onReadyRead();
    QByteArray answer(const Question &q, bool misbehave);
    QList<Record> recordsOf(const QString &name, const QString &type) const;

    QString m_address;
    QUdpSocket m_socket;
    QList<Record> m_records;
    Behaviour m_behaviour = Behaviour::Correct;
    QString m_victim;
    int m_slowDelayMs = 1500;
    QStringList m_received;
};

QString behaviourName(ScriptedDnsServer::Behaviour behaviour);

} // namespace lyncdns::test
