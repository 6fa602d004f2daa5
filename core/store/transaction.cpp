#include "transaction.h"

#include "database.h"

#include <QCoreApplication>

namespace tandem::core {

Transaction::Transaction(const Database &db, Inner inner) : m_db(db)
{
    m_level = m_db.m_transactionDepth + 1;
    if (m_level > 1 && m_db.m_joinInner) {
        m_joined = true;
        m_active = true;
        m_db.m_transactionDepth = m_level;
        return;
    }
    const auto begun = m_db.runPrepared(m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                                     : QStringLiteral("SAVEPOINT tandem_%1").arg(m_level));
    m_active = begun.ok();
    if (m_active) {
        m_db.m_transactionDepth = m_level;
        if (m_level == 1) {
            m_db.m_joinInner = inner == Inner::Joined;
            m_db.m_doomed = false;
        }
    } else {
        m_error = begun.error();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_joined) {
        // Whatever it did stays until the outermost one rolls back, which is now certain.
        m_db.m_doomed = true;
    } else if (m_level == 1) {
        (void)m_db.runPrepared(QStringLiteral("ROLLBACK"));
        m_db.m_joinInner = false;
        m_db.m_doomed = false;
    } else {
        (void)m_db.runPrepared(QStringLiteral("ROLLBACK TO tandem_%1").arg(m_level));
        (void)m_db.runPrepared(QStringLiteral("RELEASE tandem_%1").arg(m_level));
    }
    m_db.m_transactionDepth = m_level - 1;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error { m_error.isEmpty() ? QCoreApplication::translate("Transaction", "No transaction is open.")
                                         : m_error };
    if (m_joined) {
        m_active = false;
        m_db.m_transactionDepth = m_level - 1;
        return {};
    }
    if (m_level == 1 && m_db.m_doomed)
        return Error { QCoreApplication::translate("Transaction",
                                                   "Part of the change could not be saved, so none of it was.") };
    const auto committed = m_db.runPrepared(m_level == 1 ? QStringLiteral("COMMIT")
                                                         : QStringLiteral("RELEASE tandem_%1").arg(m_level));
    if (!committed)
        return Error{committed.error()};
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    if (m_level == 1)
        m_db.m_joinInner = false;
    return {};
}

} // namespace tandem::core
