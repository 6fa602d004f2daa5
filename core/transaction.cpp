#include "transaction.h"

#include "database.h"

namespace tandem::core {

Transaction::Transaction(const Database &db) : m_db(db)
{
    m_level = m_db.m_transactionDepth + 1;
    const auto begun = m_db.runPrepared(m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                             : QStringLiteral("SAVEPOINT tandem_%1").arg(m_level));
    m_active = begun.ok();
    if (m_active)
        m_db.m_transactionDepth = m_level;
    else
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_level == 1) {
        (void)m_db.runPrepared(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.runPrepared(QStringLiteral("ROLLBACK TO tandem_%1").arg(m_level));
        (void)m_db.runPrepared(QStringLiteral("RELEASE tandem_%1").arg(m_level));
    }
    m_db.m_transactionDepth = m_level - 1;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{m_error.isEmpty() ? QStringLiteral("No transaction is open.") : m_error};
    const auto committed = m_db.runPrepared(m_level == 1 ? QStringLiteral("COMMIT")
                                                 : QStringLiteral("RELEASE tandem_%1").arg(m_level));
    if (!committed)
        return Error{committed.error()};
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    return {};
}

} // namespace tandem::core
