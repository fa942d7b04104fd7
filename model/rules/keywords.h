#pragma once

// The words the program reads and writes for its enums (plan file values, CSV/JSON columns,
// command-line options and text outputs), each table written once; and the labels people see for
// the same values. Readers go keyword -> enum with fromKeyword(), writers enum -> keyword with
// keyword() or the named functions below, so a reader and a writer can never disagree.

#include <QString>
#include <QStringList>

#include <optional>

namespace lyncdns {

// Defined with their data (plan.h, dnsrecord.h, finding.h, checkresult.h, certificates.h); the
// tables need only the names, so those headers can include this one.
enum class Product;
enum class Edition;
enum class LoadBalancing;
enum class EdgeLayout;
enum class AutodiscoverType;
enum class SrvTargetStyle;
enum class GeoDnsMode;
enum class MigrationPhase;
enum class Cloud;
enum class Location;
enum class RecordType;
enum class Severity;
enum class CheckStatus;
enum class CertificateRole;
enum class CertificateIssuer;
enum class TlsStatus;

// The keyword of a value: "sfb2015", "scaled-dns", "internal", "SRV", "warning", "partial", ...
template<typename Enum> QString keyword(Enum value);
// The value of a keyword, compared exactly (keywords are case-sensitive); nullopt if unknown.
template<typename Enum> std::optional<Enum> fromKeyword(const QString &word);
// Every keyword of an enum in the contract's order, for "expected one of ..." messages.
template<typename Enum> QStringList keywords();

// The same tables under the names the rest of the program has always called them.
QString productName(Product p);
QString editionName(Edition e);
QString loadBalancingName(LoadBalancing lb);
QString edgeLayoutName(EdgeLayout l);
QString autodiscoverTypeName(AutodiscoverType t);
QString locationName(Location l);
QString recordTypeName(RecordType t);
QString severityName(Severity s);
QString checkStatusName(CheckStatus s);

// Labels for people. A product is a name and reads the same in every language.
QString productLabel(Product p); // "Skype for Business Server 2015"
// "DNS load balancing", "hardware load balancing", "no load balancing"
QString loadBalancingLabel(LoadBalancing lb);
// "error", "warning", "info": lower case, as a finding's severity reads in lists and the report.
QString severityLabel(Severity s);
// Two forms where the program shows two: a check window cell ("Missing", "Internal") and the
// report, which prints cli.md's words ("missing", "internal") in the reader's language.
QString checkStatusLabel(CheckStatus s);
QString checkStatusLowerLabel(CheckStatus s);
QString locationLabel(Location l);
QString locationLowerLabel(Location l);

} // namespace lyncdns
