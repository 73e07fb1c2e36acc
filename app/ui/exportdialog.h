#pragma once

#include "eventfilter.h"
#include "exportsettings.h"

#include <QDialog>
#include <QImage>

class Catalogue;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

// File > Export: every ExportSettings choice with a live preview of the page as the file
// will show it, redrawn shortly after each change. Export… asks for a file name and writes
// with ImageExporter; Copy puts the picture on the clipboard; Print opens a print preview.
// The window gives it the catalogue, the visible range and the filter.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The catalogue must outlive the dialog.
    explicit ExportDialog(const Catalogue *catalogue, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The window's visible range (ms since the epoch, as TimelineZoom): offers "Current
    // view" and chooses it.
    void setCurrentView(qint64 start, qint64 end);
    // The window's filter: offers to apply it, and does when it hides anything.
    void setCurrentFilter(const EventFilter &filter);

    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);
    // One line saying what is wrong with settings(), or empty.
    QString problem() const;

    QImage previewImage() const { return m_previewImage; }
    bool isPreviewPending() const;

    // Copy image without the dialog (Edit > Copy Image, Ctrl+Shift+C): the range and filter
    // as the window shows them, A4 landscape at 200 DPI.
    static ExportSettings clipboardSettings(const Catalogue &catalogue, qint64 viewStart,
                                            qint64 viewEnd, const EventFilter &filter);
    static void copyToClipboard(const Catalogue &catalogue, const ExportSettings &settings);

public slots:
    // Writes settings() to path; a failure is shown in the dialog. True when written.
    bool exportTo(const QString &path);
    // Asks for a file name, then exportTo().
    void exportWithFileDialog();
    void copyToClipboard();
    void print();
    // Redraws the preview now (it is otherwise redrawn shortly after a change).
    void refreshPreview();

signals:
    void exported(const QString &path);

private:
    QWidget *createWhatGroup();
    QWidget *createSizeGroup();
    QWidget *createPageGroup();
    QWidget *createTextGroup();
    QWidget *createPreview();
    void connectChanges();
    void onChanged();
    void onScaleChanged(double scale);
    void updateVisibility();
    void updateScale();
    void showMessage(const QString &text, bool error);
    QString filterSummary() const;

    const Catalogue *m_catalogue;
    EventFilter m_filter;
    qint64 m_viewStart = 0;
    qint64 m_viewEnd = 0;

    QComboBox *m_format = nullptr;
    QCheckBox *m_handout = nullptr;
    QButtonGroup *m_range = nullptr;
    QRadioButton *m_wholeStory = nullptr;
    QRadioButton *m_currentView = nullptr;
    QRadioButton *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListWidget *m_lanes = nullptr;
    QCheckBox *m_applyFilter = nullptr;
    QComboBox *m_figures = nullptr;

    QGroupBox *m_sizeGroup = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QDoubleSpinBox *m_scale = nullptr;

    QGroupBox *m_pageGroup = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margins = nullptr;
    QComboBox *m_pagination = nullptr;
    QSpinBox *m_pageCount = nullptr;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QComboBox *m_textSize = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_footer = nullptr;
    QComboBox *m_theme = nullptr;

    QLabel *m_preview = nullptr;
    QSpinBox *m_previewPage = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    QImage m_previewImage;
    bool m_updating = false;
};
