#include "pageid.h"

#include <QCoreApplication>

namespace tandem::ui {

const QList<PageId> &allPages()
{
    static const QList<PageId> pages = {PageId::Dashboard, PageId::CheckIn, PageId::Journal, PageId::Progress,
                                        PageId::Goals,     PageId::Feedback, PageId::Learn,   PageId::Settings};
    return pages;
}

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Dashboard: return QStringLiteral("dashboard");
    case PageId::CheckIn: return QStringLiteral("check-in");
    case PageId::Journal: return QStringLiteral("journal");
    case PageId::Progress: return QStringLiteral("progress");
    case PageId::Goals: return QStringLiteral("goals");
    case PageId::Feedback: return QStringLiteral("feedback");
    case PageId::Learn: return QStringLiteral("learn");
    case PageId::Settings: return QStringLiteral("settings");
    }
    return {};
}

std::optional<PageId> pageFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (PageId page : allPages()) {
        if (pageKey(page) == wanted || QString(pageKey(page)).remove(QLatin1Char('-')) == wanted)
            return page;
    }
    return std::nullopt;
}

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Dashboard: return QCoreApplication::translate("Navigation", "Dashboard");
    case PageId::CheckIn: return QCoreApplication::translate("Navigation", "Check-in");
    case PageId::Journal: return QCoreApplication::translate("Navigation", "Journal");
    case PageId::Progress: return QCoreApplication::translate("Navigation", "Progress");
    case PageId::Goals: return QCoreApplication::translate("Navigation", "Goals");
    case PageId::Feedback: return QCoreApplication::translate("Navigation", "Feedback");
    case PageId::Learn: return QCoreApplication::translate("Navigation", "Learn");
    case PageId::Settings: return QCoreApplication::translate("Navigation", "Settings");
    }
    return {};
}

QString pageIconName(PageId page)
{
    switch (page) {
    case PageId::Dashboard: return QStringLiteral("dashboard");
    case PageId::CheckIn: return QStringLiteral("checkin");
    case PageId::Journal: return QStringLiteral("journal");
    case PageId::Progress: return QStringLiteral("progress");
    case PageId::Goals: return QStringLiteral("goals");
    case PageId::Feedback: return QStringLiteral("feedback");
    case PageId::Learn: return QStringLiteral("learn");
    case PageId::Settings: return QStringLiteral("settings");
    }
    return {};
}

} // namespace tandem::ui
