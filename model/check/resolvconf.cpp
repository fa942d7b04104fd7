#include "model/check/resolvconf.h"

#include <QFile>

namespace lyncdns {

QString firstNameserver(const QString &resolvConfPath)
{
    QFile conf(resolvConfPath);
    if (!conf.open(QIODevice::ReadOnly))
        return {};
    while (!conf.atEnd()) {
        const QList<QByteArray> words = conf.readLine().simplified().split(' ');
        if (words.size() >= 2 && words.at(0) == "nameserver")
            return QString::fromLatin1(words.at(1)).section(QLatin1Char('%'), 0, 0);
    }
    return {};
}

} // namespace lyncdns
