#include "appearance.h"

#include "tandemstyle.h"
#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace tandem::ui::Appearance {

namespace {

Mode g_current = Mode::System;
QString g_systemStyle; // the style the platform chose, for going back to "system"

struct Colours
{
    QColor window, windowText, base, alternateBase, button, text, highlight, highlightedText, link, linkVisited,
        toolTipBase, toolTipText;
};

QPalette build(const Colours &c, bool dark)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &colour) { p.setColor(QPalette::All, role, colour); };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.text);
    set(QPalette::Text, c.text);
    set(QPalette::BrightText, dark ? QColor(0xff, 0xff, 0xff) : QColor(0xff, 0xff, 0xff));
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::PlaceholderText, Theme::mix(c.base, c.text, 0.55));
    // The bevel colours Fusion draws frames and buttons with.
    set(QPalette::Light, dark ? c.button.lighter(130) : QColor(0xff, 0xff, 0xff));
    set(QPalette::Midlight, Theme::mix(c.button, dark ? QColor(0xff, 0xff, 0xff) : QColor(0xff, 0xff, 0xff), 0.3));
    set(QPalette::Mid, Theme::mix(c.window, c.windowText, dark ? 0.25 : 0.22));
    set(QPalette::Dark, Theme::mix(c.window, c.windowText, dark ? 0.12 : 0.4));
    set(QPalette::Shadow, dark ? QColor(0x0a, 0x0a, 0x0a) : QColor(0x76, 0x76, 0x76));

    // Disabled: the text recedes, the selection turns grey.
    const QColor disabledText = Theme::mix(c.window, c.windowText, 0.45);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, Theme::mix(c.window, c.windowText, 0.3));
    p.setColor(QPalette::Disabled, QPalette::Base, c.window);
    // An inactive window keeps its selection visible, as GNOME and Breeze do.
    return p;
}

} // namespace

QPalette lightPalette()
{
    // Adwaita's light window and view colours, its blue accent; text after Breeze's near-black.
    return build({ QColor(0xfa, 0xfa, 0xfa), QColor(0x23, 0x26, 0x27), QColor(0xff, 0xff, 0xff),
                   QColor(0xf4, 0xf4, 0xf3), QColor(0xf3, 0xf3, 0xf2), QColor(0x23, 0x26, 0x27),
                   QColor(0x35, 0x84, 0xe4), QColor(0xff, 0xff, 0xff), QColor(0x1a, 0x5f, 0xb4),
                   QColor(0x81, 0x3d, 0x9c), QColor(0xff, 0xff, 0xff), QColor(0x23, 0x26, 0x27) },
                 false);
}

QPalette darkPalette()
{
    // Adwaita's dark window (#242424) and view (#1e1e1e), a darker blue than the light one so that
    // white text on it stays readable, links lighter to read on dark.
    return build({ QColor(0x24, 0x24, 0x24), QColor(0xee, 0xee, 0xec), QColor(0x1e, 0x1e, 0x1e),
                   QColor(0x2a, 0x2a, 0x2a), QColor(0x36, 0x36, 0x36), QColor(0xee, 0xee, 0xec),
                   QColor(0x1c, 0x71, 0xd8), QColor(0xff, 0xff, 0xff), QColor(0x78, 0xae, 0xed),
                   QColor(0xc0, 0x61, 0xcb), QColor(0x30, 0x30, 0x30), QColor(0xee, 0xee, 0xec) },
                 true);
}

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Mode storedMode()
{
    const QString value = QSettings().value(QLatin1String(SettingsKey)).toString();
    if (value == modeKey(Mode::Light))
        return Mode::Light;
    if (value == modeKey(Mode::Dark))
        return Mode::Dark;
    return Mode::System;
}

void setMode(Mode mode)
{
    QSettings().setValue(QLatin1String(SettingsKey), modeKey(mode));
    apply(mode);
}

Mode currentMode()
{
    return g_current;
}

void apply(Mode mode)
{
    // The style the platform chose, remembered before Tandem's own replaces it.
    if (g_systemStyle.isEmpty()) {
        const auto *ours = qobject_cast<const TandemStyle *>(QApplication::style());
        g_systemStyle = ours ? ours->baseStyle()->name() : QApplication::style()->name();
    }
    g_current = mode;
    // Light and dark are made for Fusion's drawing (another style, Breeze say, may ignore them);
    // the system's choice keeps the platform's style. Either way under TandemStyle (cards).
    const QString base = mode == Mode::System ? g_systemStyle : QStringLiteral("fusion");
    const auto *ours = qobject_cast<const TandemStyle *>(QApplication::style());
    if (!ours || ours->baseStyle()->name().compare(base, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(new TandemStyle(QStyleFactory::create(base)));
    // An empty palette takes every role from the platform theme, and keeps following it when the
    // desktop switches between light and dark.
    QApplication::setPalette(mode == Mode::System ? QPalette() : mode == Mode::Dark ? darkPalette() : lightPalette());
}

} // namespace tandem::ui::Appearance
