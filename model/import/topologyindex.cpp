#include "model/import/topologyindex.h"

#include <QHash>

namespace lyncdns {

namespace {

struct Indexer
{
    TopologyIndex index;
    QHash<QString, qsizetype> clusterByKey; // "site:number" (published) and UniqueId (.tbxml)

    static QString siteOf(const XmlElement &site) { return site.attribute(u"SiteId"); }

    static QString nameOf(const XmlElement &site)
    {
        const XmlElement *name = site.child(u"Name");
        return name ? name->text : site.attribute(u"Name");
    }

    void addCluster(const XmlElement &c, const QString &enclosingSiteId)
    {
        TopologyCluster cluster;
        cluster.fqdn = c.attribute(u"Fqdn");
        cluster.singleMachineOnly =
            c.attribute(u"IsSingleMachineOnly").compare(u"true", Qt::CaseInsensitive) == 0;
        const XmlElement *id = c.child(u"ClusterId");
        cluster.siteId = id ? id->attribute(u"SiteId") : enclosingSiteId;
        // Machines are children of the cluster (published) or of its Machines element (.tbxml).
        std::vector<const XmlElement *> machines = c.childrenNamed(u"Machine");
        if (const XmlElement *list = c.child(u"Machines"))
            for (const XmlElement *m : list->childrenNamed(u"Machine"))
                machines.push_back(m);
        for (const XmlElement *m : machines) {
            TopologyMachine machine;
            machine.fqdn = m->attribute(u"Fqdn");
            if (machine.fqdn.isEmpty())
                machine.fqdn = cluster.fqdn;
            for (const XmlElement *n : m->childrenNamed(u"NetInterface"))
                machine.interfaces.push_back(TopologyInterface{
                    n->attribute(u"InterfaceSide"), n->attribute(u"InterfaceNumber").toInt(),
                    n->attribute(u"IPAddress"), n->attribute(u"ConfiguredIPAddress")});
            cluster.machines.push_back(std::move(machine));
        }
        const qsizetype at = static_cast<qsizetype>(index.clusters.size());
        if (id)
            clusterByKey.insert(id->attribute(u"SiteId") + QLatin1Char(':') + id->attribute(u"Number"), at);
        if (!c.attribute(u"UniqueId").isEmpty())
            clusterByKey.insert(c.attribute(u"UniqueId").toLower(), at);
        index.clusters.push_back(std::move(cluster));
    }

    // Sites and the clusters nested in them (.tbxml), whatever wraps them: central sites in Sites or
    // CentralSites, branch sites in Sites (published) or a central site's RemoteSites (.tbxml).
    void walk(const XmlElement &e, const QString &centralSiteId, const QString &siteId)
    {
        for (const XmlElement &c : e.children) {
            if (c.is(u"Services") || c.is(u"SimpleUrlConfiguration"))
                continue;
            if (c.is(u"CentralSite") && !siteOf(c).isEmpty()) {
                index.sites.push_back(TopologySite{siteOf(c), nameOf(c), true, QString()});
                walk(c, siteOf(c), siteOf(c));
            } else if (c.is(u"BranchSite") || (e.is(u"RemoteSites") && !siteOf(c).isEmpty())) {
                // The parent: the central site it is nested in (.tbxml), else a ParentSite element or
                // attribute naming one (published; the element name is not confirmed by a sample).
                QString parent = centralSiteId;
                if (const XmlElement *p = c.child(u"ParentSite"))
                    parent = siteOf(*p);
                if (parent.isEmpty())
                    parent = c.attribute(u"ParentSiteId");
                index.sites.push_back(TopologySite{siteOf(c), nameOf(c), false, parent});
                walk(c, centralSiteId, siteOf(c));
            } else if (c.is(u"Cluster")) {
                addCluster(c, siteId);
            } else {
                walk(c, centralSiteId, siteId);
            }
        }
    }

    void addServices(const XmlElement &topology)
    {
        std::vector<const XmlElement *> services;
        topology.findAll(u"Service", services);
        for (const XmlElement *s : services) {
            QString roleName = s->attribute(u"RoleName");
            if (const XmlElement *id = s->child(u"ServiceId"); id && roleName.isEmpty())
                roleName = id->attribute(u"RoleName");
            QString key = s->attribute(u"InstalledOn").toLower();
            if (const XmlElement *on = s->child(u"InstalledOn")) {
                // Stores are installed on a SQL instance, not on a cluster: no DNS role of their own.
                if (const XmlElement *id = on->child(u"ClusterId"))
                    key = id->attribute(u"SiteId") + QLatin1Char(':') + id->attribute(u"Number");
            }
            const auto at = clusterByKey.constFind(key);
            if (roleName.isEmpty() || at == clusterByKey.constEnd())
                continue;
            index.clusters[static_cast<size_t>(*at)].services.push_back(
                TopologyService{roleName, s->attribute(u"ServiceVersion").toInt(), s});
        }
    }
};

} // namespace

const TopologyService *TopologyCluster::service(QStringView roleName) const
{
    for (const TopologyService &s : services)
        if (s.roleName == roleName)
            return &s;
    return nullptr;
}

TopologyIndex indexTopology(const XmlElement &topology)
{
    Indexer indexer;
    if (const XmlElement *domains = topology.find(u"InternalDomains")) {
        indexer.index.defaultDomain = domains->attribute(u"DefaultDomain");
        for (const XmlElement *d : domains->childrenNamed(u"InternalDomain"))
            indexer.index.domains << d->attribute(u"Name");
    }
    indexer.walk(topology, QString(), QString());
    indexer.addServices(topology);
    return indexer.index;
}

} // namespace lyncdns
