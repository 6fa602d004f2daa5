// A bare Qt Widgets window that exits after its first paint, exactly as
// `tandem --quit-when-ready` does: bench/startup.sh compares the two.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {

class BareWindow final : public QMainWindow
{
public:
    BareWindow() { setCentralWidget(new QLabel(QStringLiteral("Hello"), this)); }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QMainWindow::event(e);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1180, 780);
    window.show();
    return app.exec();
}
