#pragma once

// One planned DNS resource record, with where it goes and why it exists.

#include "model/rules/keywords.h"

#include <QList>
#include <QString>

namespace lyncdns {

enum class Location
{
    Internal,
    External
};
enum class RecordType
{
    A,
    AAAA,
    CNAME,
    SRV
};

struct SrvData
{
    int priority = 0;
    int weight = 0;
    int port = 0;
    QString target;
};

struct DnsRecord
{
    Location location = Location::Internal;
    QString name; // lower case, no trailing dot
    RecordType type = RecordType::A;
    QString data; // A/AAAA: address; CNAME: target; SRV: "priority weight port target"
    int ttl = 3600;
    QString requirement; // catalogue id, e.g. "int-sipinternaltls"
    bool required = true;
    QString reason;
    QString zone;          // the zone that holds it in its location
    QString site;          // the central site of the pool it belongs to; empty for per-domain records
    bool pinPoint = false; // zone is a pin-point zone named after the record

    SrvData srv() const; // parsed data of an SRV record
    bool sameRecord(const DnsRecord &o) const
    {
        return location == o.location && name == o.name && type == o.type && data == o.data;
    }
};

using RecordSet = QList<DnsRecord>;

// Rows sorted as cli.md prescribes: location (internal first), name, type, data.
void sortRecords(RecordSet &records);
bool recordLessThan(const DnsRecord &a, const DnsRecord &b);

} // namespace lyncdns
