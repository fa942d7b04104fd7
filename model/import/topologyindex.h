#pragma once

// The two shapes of a topology read into one: the published topology (Get-CsTopology, the CMS
// document in an Export-CsConfiguration zip) links clusters and services by (SiteId, Number) and
// lists every cluster under Clusters; a Topology Builder file nests clusters under their site and
// links them by GUID. The mapper (topologymapper.h) only sees this index.

#include "model/import/topologyxml.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lyncdns {

struct TopologyInterface
{
    QString side; // Primary, Internal, External, Pstn
    int number = 1;
    QString address;           // IPAddress; 0.0.0.0 = not limited to an address
    QString configuredAddress; // ConfiguredIPAddress: the public address in front of NAT
};

struct TopologyMachine
{
    QString fqdn; // a .tbxml single-machine cluster may omit it: the cluster's FQDN then
    std::vector<TopologyInterface> interfaces;
};

struct TopologyService
{
    QString roleName; // UserServices, Registrar, EdgeServer, WacService, ...
    int version = 0;  // ServiceVersion: 6 Lync 2013, 7 SfB 2015, 8 SfB 2019
    const XmlElement *element = nullptr;
};

struct TopologyCluster
{
    QString fqdn;
    QString siteId;
    bool singleMachineOnly = false; // .tbxml IsSingleMachineOnly (Standard Edition)
    std::vector<TopologyMachine> machines;
    std::vector<TopologyService> services;

    const TopologyService *service(QStringView roleName) const;
};

struct TopologySite
{
    QString siteId;
    QString name;
    bool central = true;
    QString parentSiteId; // branch sites: the central site they belong to; empty when not given
};

struct TopologyIndex
{
    QString defaultDomain;
    QStringList domains; // InternalDomain names in file order
    std::vector<TopologySite> sites;
    std::vector<TopologyCluster> clusters; // in file order
};

// topology is the Topology (published) or PartialTopology (.tbxml) element.
TopologyIndex indexTopology(const XmlElement &topology);

} // namespace lyncdns
