import { Text, View } from '@tarojs/components'
// PageShell first, as status and countdown do, so the shared CSS chunk has one order to follow.
import { PageShell } from '../../components/page-shell'
import { CallBar } from '../../components/call-bar'
import { ChecklistGroupCard } from '../../components/checklist-group'
import { CrossBorderNote } from '../../components/checklist-cross-border'
import { FoldSection } from '../../components/fold-section'
import { ProgressSummary } from '../../components/progress-summary'
import { LegalRouteList } from '../../components/legal-routes'
import { ScenarioPicker } from '../../components/scenario-picker'
import { SummaryPanel } from '../../components/summary-panel'
import { TemplateList } from '../../components/template-list'
import { WarningList } from '../../components/warning-list'
import { formatYuan, offersReturnMessages, stageSummary, warnings } from '../../domain'
import { formatShortTime, useChecklist } from '../../hooks/use-checklist'
import { useChecklistShare } from '../../hooks/use-checklist-share'
import { useOpenGroups } from '../../components/open-groups'
import { useReportDetails } from '../../hooks/use-report-details'
import { useSinglePageMode } from '../../hooks/use-single-page-mode'
import { openPage, routes } from '../../platform/navigation'
import './index.scss'
import { causeLabels, pageTitles, scenarioLabels } from '../../content/labels'
import { fill } from '../../content/fill'
import { checklistPageUi as ui, guideCommonUi } from '../../content/ui-guide'

const dangerWarnings = warnings.filter((w) => w.level === 'danger')
const cautionWarnings = warnings.filter((w) => w.level !== 'danger')

/**
 * 投诉报警清单: from "I was cheated" to a filed complaint and a police report. The list
 * follows the picked case (its cause and stage) or a generic scenario; ticks and the optional
 * report details are saved per case or scenario on the phone only.
 */
export default function ChecklistPage() {
  useChecklistShare()
  const linked = !useSinglePageMode()
  const list = useChecklist()
  const transfer = list.activeCase?.saved.transfer
  const details = useReportDetails({
    store: list.store,
    scope: list.scope,
    saved: list.details,
    onSaved: list.reload,
    context: {
      transfer,
      stageLabel: list.activeCase?.stageLabel,
      groups: list.groups,
      isDone: list.isDone,
    },
  })
  const hasCrossBorderGroup = list.groups.some((g) => g.id === 'cross-border')
  // Groups fold to their progress; the first with something left to do starts open.
  const firstUnfinished = list.groups.find((g) => g.items.some((item) => !list.isDone(item.id)))
  const groups = useOpenGroups(list.scope, firstUnfinished?.id)

  return (
    <PageShell largeText={list.settings.largeText}>
      <Text className='page-heading'>{pageTitles.checklist}</Text>
      <Text className='checklist-page__lead'>{ui.lead}</Text>

      <ScenarioPicker cases={list.cases} choice={list.choice} onSelect={list.select} />

      {list.activeCase ? (
        <View className='card card--info' id='case-stage'>
          <Text className='card-title'>
            {/* The cause the user chose, not the list's name: 其他 and 不确定 open the fraud list. */}
            {fill(ui.caseTitle, {
              stage: list.activeCase.stageLabel,
              scenario: transfer ? causeLabels[transfer.cause] : scenarioLabels[list.scenario],
            })}
          </Text>
          <Text className='body-text'>{stageSummary(list.activeCase.stage, transfer)}</Text>
        </View>
      ) : (
        <Text className='hint' id='generic-note'>
          {fill(ui.genericNote, { scenario: scenarioLabels[list.scenario] })}
        </Text>
      )}

      <ProgressSummary progress={list.progress} hint={ui.progressHint} />
      <CallBar />

      {list.groups.map((group) => (
        <ChecklistGroupCard
          key={group.id}
          group={group}
          isDone={list.isDone}
          onToggle={list.toggle}
          linked={linked}
          open={groups.isOpen(group.id)}
          onOpen={groups.toggle}
        />
      ))}

      <Text className='section-title'>{ui.dangerTitle}</Text>
      <WarningList items={dangerWarnings} linked={linked} />

      <SummaryPanel
        hasCase={Boolean(list.activeCase)}
        linked={linked}
        onAddCase={() => openPage(routes.status)}
        texts={details.texts}
        errors={details.errors}
        onField={details.setField}
        onBlur={details.save}
        onSave={details.saveWithFeedback}
        onGenerate={details.generate}
        summary={details.summary}
        onCopy={details.copySummary}
      />

      {/* Reference material folds to its title: the first render stays light (48 KB budget). */}
      <FoldSection
        id='templates'
        title={
          offersReturnMessages(list.scenario, list.activeCase?.stage)
            ? ui.templatesAskReturn
            : ui.templatesStranger
        }
      >
        <TemplateList
          scenario={list.scenario}
          stage={list.activeCase?.stage}
          fill={
            transfer
              ? {
                  amountText: formatYuan(transfer.amountFen),
                  timeText: formatShortTime(transfer.sentAt),
                }
              : {}
          }
          linked={linked}
        />
      </FoldSection>

      <FoldSection id='legal-routes' title={ui.legalRoutesTitle}>
        <LegalRouteList linked={linked} />
      </FoldSection>

      <FoldSection
        id='cautions'
        title={ui.cautionsTitle}
        summary={fill(guideCommonUi.count, { count: cautionWarnings.length })}
      >
        <WarningList items={cautionWarnings} linked={linked} />
        {!hasCrossBorderGroup && <CrossBorderNote linked={linked} />}
      </FoldSection>
    </PageShell>
  )
}
