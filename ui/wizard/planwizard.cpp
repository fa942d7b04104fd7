#include "ui/wizard/planwizard.h"

#include "model/plan/plandocument.h"
#include "ui/widgets/readablecolours.h"
#include "ui/wizard/pageids.h"
#include "ui/wizard/planpage.h"
#include "ui/wizard/singlesiteview.h"

#include "ui/wizard/pages/devicespage.h"
#include "ui/wizard/pages/directorpage.h"
#include "ui/wizard/pages/dnspage.h"
#include "ui/wizard/pages/edgepage.h"
#include "ui/wizard/pages/federationpage.h"
#include "ui/wizard/pages/frontendpage.h"
#include "ui/wizard/pages/mobilitypage.h"
#include "ui/wizard/pages/officewebappspage.h"
#include "ui/wizard/pages/persistentchatpage.h"
#include "ui/wizard/pages/productpage.h"
#include "ui/wizard/pages/reverseproxypage.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/simpleurlspage.h"
#include "ui/wizard/pages/welcomepage.h"

#include <QAbstractButton>

namespace lyncdns {

PlanWizard::PlanWizard(PlanDocument *document, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
{
    setWindowTitle(tr("Lync DNS Planner"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton);
    setOption(QWizard::HaveHelpButton, false);
    // The placeholders show the defaults a field takes ("shown in grey"): readable, not faint.
    setReadablePlaceholders(this);
    auto *welcome = new WelcomePage(this);
    connect(welcome, &WelcomePage::newRequested, this, &PlanWizard::newRequested);
    connect(welcome, &WelcomePage::openRequested, this, &PlanWizard::openRequested);
    connect(welcome, &WelcomePage::openFileRequested, this, &PlanWizard::openFileRequested);
    setPage(Page_Welcome, welcome);
    setPage(Page_Product, new ProductPage(document, this));
    setPage(Page_Dns, new DnsPage(document, this));
    setPage(Page_FrontEnd, new FrontEndPage(document, this));
    setPage(Page_Director, new DirectorPage(document, this));
    setPage(Page_Edge, new EdgePage(document, this));
    setPage(Page_ReverseProxy, new ReverseProxyPage(document, this));
    setPage(Page_SimpleUrls, new SimpleUrlsPage(document, this));
    setPage(Page_Mobility, new MobilityPage(document, this));
    setPage(Page_Federation, new FederationPage(document, this));
    setPage(Page_PersistentChat, new PersistentChatPage(document, this));
    setPage(Page_OfficeWebApps, new OfficeWebAppsPage(document, this));
    setPage(Page_Devices, new DevicesPage(document, this));
    setPage(Page_Review, new ReviewPage(document, this));
    setStartId(Page_Welcome);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // A page the user has left (Back or Next) shows its empty required fields as problems when
        // it is shown again; restart() (a new plan, a jump) is no visit.
        if (PlanPage *left = planPage(m_shownId); left && !m_restarting)
            left->revealProblems();
        m_shownId = id;
    });
    setButtonText(QWizard::FinishButton, tr("&Save"));
}

int PlanWizard::nextId() const
{
    switch (currentId()) {
    case Page_Federation:
        // Skype for Business Server 2019 and SE have no Persistent Chat role: skip the page, unless
        // the plan still has one and the admin must be able to remove it there.
        return hasSfb2019Roles(m_document->plan().product) && !singlesite::persistentChat(m_document->plan())
                   ? Page_OfficeWebApps
                   : Page_PersistentChat;
    case Page_Review:
        return -1;
    default:
        return currentId() + 1;
    }
}

PlanPage *PlanWizard::planPage(int id) const
{
    return qobject_cast<PlanPage *>(page(id));
}

bool PlanWizard::goToPage(int id)
{
    if (currentId() == id)
        return true;
    m_restarting = true;
    restart();
    m_restarting = false;
    for (int guard = 0; currentId() != id && guard < 32; ++guard) {
        const int before = currentId();
        next();
        if (currentId() == before)
            return false; // Next refused: a page on the way is incomplete
    }
    return currentId() == id;
}

bool PlanWizard::jumpToPath(const QString &jsonPath)
{
    for (int id : pageIds()) {
        PlanPage *p = planPage(id);
        if (!p || !p->ownsPath(jsonPath))
            continue;
        if (!goToPage(id))
            return false;
        // The user asked for this finding: frame it even if it is an empty field of a new plan.
        p->revealProblems();
        p->focusPath(jsonPath);
        return true;
    }
    return false;
}

} // namespace lyncdns
