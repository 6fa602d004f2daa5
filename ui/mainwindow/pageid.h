#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tandem::ui {

/// The pages of the main window, in navigation order.
enum class PageId { Dashboard, CheckIn, Journal, Progress, Goals, Feedback, Learn, Settings };

/// Every page, in navigation order.
const QList<PageId> &allPages();

/// The name used by `tandem --page NAME` ("dashboard", "check-in", …).
QString pageKey(PageId page);

/// The page for a name; also accepts "checkin" and any letter case.
std::optional<PageId> pageFromKey(const QString &key);

/// The translated title shown in the navigation.
QString pageTitle(PageId page);

/// The name of the page's symbolic icon (resources/icons/NAME-symbolic.svg).
QString pageIconName(PageId page);

} // namespace tandem::ui
