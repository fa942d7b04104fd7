#include "model/plan/plandocument.h"

#include "model/plan/planreader.h"
#include "model/plan/planwriter.h"
#include "model/planner/planner.h"
#include "model/validator/validator.h"

namespace lyncdns {

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent)
    , m_plan(newPlan())
{
}

Plan PlanDocument::newPlan()
{
    Plan plan;
    plan.sipDomains = {QStringLiteral("contoso.com")};
    Site site;
    site.name = firstSiteName();
    Pool frontEnd;
    frontEnd.edition = Edition::Standard;
    frontEnd.loadBalancing = LoadBalancing::None;
    site.frontEndPools << frontEnd;
    plan.sites << site;
    return plan;
}

void PlanDocument::update(const std::function<void(Plan &)> &change)
{
    change(m_plan);
    ++m_revision;
    m_findingsValid = false;
    m_recordsValid = false;
    setModified(true);
    emit changed();
}

void PlanDocument::reset(const Plan &plan, const QString &fileName, bool modified)
{
    m_plan = plan;
    ++m_revision;
    m_findingsValid = false;
    m_recordsValid = false;
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(fileName);
    }
    setModified(modified);
    emit reloaded();
    emit changed();
}

bool PlanDocument::load(const QString &fileName, PlanError *error)
{
    const std::optional<Plan> plan = readPlanFile(fileName, error);
    if (!plan)
        return false;
    reset(*plan, fileName, false);
    return true;
}

bool PlanDocument::save(const QString &fileName, QString *errorMessage)
{
    if (!savePlanFile(m_plan, fileName, errorMessage))
        return false;
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(fileName);
    }
    setModified(false);
    return true;
}

void PlanDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

const RecordSet &PlanDocument::records() const
{
    if (!m_recordsValid) {
        m_records = planRecords(m_plan);
        m_recordsValid = true;
    }
    return m_records;
}

const Findings &PlanDocument::findings() const
{
    if (!m_findingsValid) {
        m_findings = validatePlan(m_plan, records());
        m_findingsValid = true;
    }
    return m_findings;
}

} // namespace lyncdns
