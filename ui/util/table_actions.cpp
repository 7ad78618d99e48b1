// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/table_actions.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include "ui/charts/qcustomplot_include.h"
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

namespace cm::ui {
namespace {

QString field(QString s, QChar separator)
{
    if (separator == QLatin1Char(',')
        && (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    if (separator == QLatin1Char('\t'))
        s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

} // namespace

QString tableText(const QAbstractItemModel* model, const QModelIndexList& rows, QChar separator)
{
    QString out;
    const int columns = model->columnCount();
    for (int c = 0; c < columns; ++c)
        out += (c ? QString(separator) : QString()) + field(model->headerData(c, Qt::Horizontal).toString(), separator);
    out += QLatin1Char('\n');
    QList<int> wanted;
    for (const QModelIndex& i : rows)
        wanted << i.row();
    if (rows.isEmpty())
        for (int r = 0; r < model->rowCount(); ++r)
            wanted << r;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (int r : wanted) {
        for (int c = 0; c < columns; ++c)
            out += (c ? QString(separator) : QString()) + field(model->index(r, c).data().toString(), separator);
        out += QLatin1Char('\n');
    }
    return out;
}

bool writeTableCsv(const QAbstractItemModel* model, const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = QApplication::translate("TableActions", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray text = tableText(model, {}, QLatin1Char(',')).toUtf8();
    if (f.write(text) != text.size()) {
        if (error)
            *error = QApplication::translate("TableActions", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void addTableActions(QTableView* view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (!view->actions().isEmpty()) {
        auto* separator = new QAction(view);
        separator->setSeparator(true);
        view->addAction(separator);
    }
    auto* copy = new QAction(QApplication::translate("TableActions", "Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(QApplication::translate("TableActions", "The selected rows with the header, tab-separated (paste into a spreadsheet)"));
    QObject::connect(copy, &QAction::triggered, view, [view] {
        // The rows of whatever is selected (a cell stands for its row); nothing selected: all.
        const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList {};
        QApplication::clipboard()->setText(tableText(view->model(), rows, QLatin1Char('\t')));
    });
    view->addAction(copy);
    auto* csv = new QAction(QApplication::translate("TableActions", "Export CSV…"), view);
    QObject::connect(csv, &QAction::triggered, view, [view] {
        const QString path = QFileDialog::getSaveFileName(view, QApplication::translate("TableActions", "Export the table"), {},
                                                          QApplication::translate("TableActions", "CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeTableCsv(view->model(), path, &error))
            QMessageBox::warning(view, QApplication::translate("TableActions", "Export CSV"), error);
    });
    view->addAction(csv);
}

QTableView* makeDataTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    addTableActions(view);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QLineEdit* makeFilterField(QWidget* parent, const QString& placeholder, const QList<QSortFilterProxyModel*>& proxies)
{
    auto* field = new QLineEdit(parent);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    for (QSortFilterProxyModel* proxy : proxies) {
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        QObject::connect(field, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    }
    return field;
}

bool writeChart(QCustomPlot* plot, const QString& path, QString* error)
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool ok = pdf ? plot->savePdf(path, plot->width(), plot->height())
                        : plot->savePng(path, plot->width(), plot->height(), 2.0);
    if (!ok && error)
        *error = QApplication::translate("TableActions", "cannot write %1").arg(path);
    return ok;
}

void addChartActions(QCustomPlot* plot)
{
    plot->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const auto& [label, filter] : {std::pair{QApplication::translate("TableActions", "Export PNG…"), QStringLiteral("PNG (*.png)")},
                                        std::pair{QApplication::translate("TableActions", "Export PDF…"), QStringLiteral("PDF (*.pdf)")}}) {
        auto* action = new QAction(label, plot);
        action->setObjectName(filter.startsWith(QLatin1String("PNG")) ? QStringLiteral("exportPng") : QStringLiteral("exportPdf"));
        QObject::connect(action, &QAction::triggered, plot, [plot, filter = filter] {
            const QString path = QFileDialog::getSaveFileName(plot, QApplication::translate("TableActions", "Export the chart"), {}, filter);
            if (path.isEmpty())
                return;
            QString error;
            if (!writeChart(plot, path, &error))
                QMessageBox::warning(plot, QApplication::translate("TableActions", "Export the chart"), error);
        });
        plot->addAction(action);
    }
}

} // namespace cm::ui
