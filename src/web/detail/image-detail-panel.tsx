// The drill-down: every field of one image, its disk mappings, tags (each can become a filter),
// features and detection options, and the raw JSON. Loaded lazily, beside the list, or over the
// whole screen on a phone.

import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { DEVICE_FIELD_NOTE, type DiskDeviceMapping, type ImageTag } from '../../ecs/image-types';
import { OwnerBadge, StatusBadge } from '../columns/cell-parts';
import { indexFamilies, type ImageFamily } from '../columns/image-families';
import { IMAGE_COLUMNS, imageColumn, type TimeDisplay } from '../columns/image-columns';
import { imageRowKey, type ImageRow } from '../columns/image-row';
import { runInstancesCommand, terraformImageId } from '../columns/image-use';
import type { OpenImage } from '../images/use-open-image';
import { linkClass, smallButtonClass } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { formatDuration } from '../ui/format';
import type { ImageRef } from '../view-state/view-state';
import { versionChanges } from './compare-fields';
import { Facts, MiniTable, Section } from './detail-parts';

const OVERVIEW_COLUMNS = IMAGE_COLUMNS.filter((c) => c.inOverview);

/** Alibaba Cloud's page on its public images and their `acs:` families. */
const PUBLIC_FAMILIES_URL = 'https://help.aliyun.com/document_detail/108393.html';

function CopyCode({ label, code }: { label: string; code: string }) {
  return (
    <div className="mb-2">
      <div className="mb-0.5 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span>{label}</span>
        <span className="ml-auto flex items-center gap-2">
          <CopyButton
            label="Copy"
            ariaLabel={`Copy ${label}`}
            text={() => code}
            copied="Copied."
            blocked="Copying is blocked; select the text instead."
            className={smallButtonClass}
            statusClassName="text-xs"
            statusFirst
          />
        </span>
      </div>
      <pre
        tabIndex={0}
        aria-label={label}
        className="overflow-x-auto rounded bg-zinc-100 p-1.5 font-mono text-xs dark:bg-zinc-900"
      >
        {code}
      </pre>
    </div>
  );
}

/** Every loaded version of the image's family in its region, newest first, with what changed. */
function FamilyTimeline(props: {
  row: ImageRow;
  family: ImageFamily;
  times: TimeDisplay;
  onOpen: (ref: ImageRef) => void;
}) {
  const { row, family, times, onOpen } = props;
  return (
    <Section id="detail-family" title={`Family versions (${family.members.length})`}>
      <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-mono">{family.name}</span> in {family.regionId}
        {family.resolved
          ? ' resolves to its newest Available version.'
          : ': no Available version is loaded, so the rows cannot say what it resolves to.'}
        {family.name.startsWith('acs:') && (
          <>
            {' '}
            <a className={linkClass} href={PUBLIC_FAMILIES_URL} target="_blank" rel="noreferrer">
              What acs: families are
            </a>
          </>
        )}
      </p>
      <ol className="space-y-1.5 text-xs">
        {family.members.map((member, i) => {
          const older = family.members[i + 1];
          const changes = older ? versionChanges(member, older) : [];
          const current = member === row;
          return (
            <li
              key={member.key}
              className={`rounded border px-2 py-1 ${current ? 'border-blue-400 dark:border-blue-600' : 'border-zinc-200 dark:border-zinc-800'}`}
            >
              <div className="flex flex-wrap items-center gap-1.5">
                {current ? (
                  <span className="font-semibold">
                    {member.image.ImageName || member.image.ImageId} (this image)
                  </span>
                ) : (
                  <button
                    type="button"
                    className={`${linkClass} text-left`}
                    onClick={() =>
                      onOpen({
                        account: member.account,
                        regionId: member.regionId,
                        imageId: member.image.ImageId,
                      })
                    }
                  >
                    {member.image.ImageName || member.image.ImageId}
                  </button>
                )}
                <StatusBadge status={member.image.Status} progress={member.image.Progress} />
                {member === family.resolved && <span className="badge tone-green">resolves to</span>}
                <span className="text-zinc-600 dark:text-zinc-400">
                  {imageColumn('CreationTime').text(member, times)}
                </span>
              </div>
              {older && (
                <p className="text-zinc-600 dark:text-zinc-400">
                  {changes.length
                    ? `Changed from the version before: ${changes.join(', ')}.`
                    : 'Nothing else differs from the version before.'}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** The disk table's columns; one that is empty for every disk of the image is left out. */
const DISK_COLUMNS: readonly [header: string, cell: (d: DiskDeviceMapping) => ReactNode][] = [
  ['Device', (d) => d.Device && <span className="font-mono">{d.Device}</span>],
  ['Type', (d) => d.Type],
  ['Size (GiB)', (d) => d.Size],
  ['SnapshotId', (d) => d.SnapshotId && <span className="font-mono">{d.SnapshotId}</span>],
  ['Format', (d) => d.Format],
  ['ImportOSSBucket', (d) => d.ImportOSSBucket],
  ['ImportOSSObject', (d) => d.ImportOSSObject],
  ['Progress', (d) => d.Progress],
  ['RemainTime', (d) => (d.RemainTime === undefined ? '' : formatDuration(d.RemainTime))],
  ['Encrypted', (d) => (d.Encrypted === undefined ? '' : String(d.Encrypted))],
];
const isEmpty = (cell: ReactNode) => cell === '' || cell === undefined || cell === null || cell === false;

/** A long name with places to wrap after its separators (`_ - . / :`), never inside a word. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[_\-./:])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}

function ImageDetails(props: {
  row: ImageRow;
  family: ImageFamily | undefined;
  times: TimeDisplay;
  onAddTag: (tag: ImageTag) => string;
  onOpen: (ref: ImageRef) => void;
}) {
  const { row, family, times, onAddTag, onOpen } = props;
  const image = row.image;
  const [tagMessage, setTagMessage] = useState('');
  const disks = image.DiskDeviceMappings.DiskDeviceMapping;
  const diskColumns = DISK_COLUMNS.filter(([, cell]) => disks.some((d) => !isEmpty(cell(d))));
  const detection = image.DetectionOptions;
  const features = Object.entries(image.Features);
  return (
    <>
      <Section id="detail-overview" title="Overview">
        <Facts
          items={[
            ['Image ID', <span className="font-mono select-all">{image.ImageId}</span>],
            ...OVERVIEW_COLUMNS.map((c): [string, ReactNode] => [
              c.label,
              c.render?.(row) ??
                (c.id === 'CreationTime' && image.CreationTime
                  ? `${c.title(row, times)} (${c.text(row, { ...times, age: true })})`
                  : c.text(row, times)),
            ]),
            ['Secure boot', image.SecureBootOptions?.SecureBootSupport ?? ''],
          ]}
        />
      </Section>
      <Section id="detail-use" title="Use this image">
        <CopyCode label="aliyun CLI: RunInstances" code={runInstancesCommand(row)} />
        <CopyCode label="Terraform: alicloud_instance" code={terraformImageId(row)} />
      </Section>
      {family && family.members.length > 0 && (
        <FamilyTimeline row={row} family={family} times={times} onOpen={onOpen} />
      )}
      <Section id="detail-disks" title={`Disk mappings (${disks.length})`}>
        {disks.length === 0 ? (
          <p className="text-xs text-zinc-500">No disk mappings.</p>
        ) : (
          <MiniTable
            caption="Disk mappings"
            headers={diskColumns.map(([header]) => header)}
            rows={disks.map((d) => diskColumns.map(([, cell]) => cell(d)))}
          />
        )}
        {disks.some((d) => d.Device) && <p className="mt-1 text-xs text-zinc-500">{DEVICE_FIELD_NOTE}</p>}
      </Section>
      <Section id="detail-tags" title={`Tags (${image.Tags.Tag.length})`}>
        {image.Tags.Tag.length === 0 ? (
          <p className="text-xs text-zinc-500">No tags.</p>
        ) : (
          <>
            <MiniTable
              caption="Tags"
              headers={['Key', 'Value', 'Filter']}
              rows={image.Tags.Tag.map((tag) => [
                tag.TagKey,
                tag.TagValue,
                <button
                  type="button"
                  className={smallButtonClass}
                  aria-label={`Filter by tag ${tag.TagKey}=${tag.TagValue}`}
                  onClick={() => setTagMessage(onAddTag(tag))}
                >
                  Add as filter
                </button>,
              ])}
            />
            <p role="status" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {tagMessage}
            </p>
          </>
        )}
      </Section>
      <Section id="detail-features" title="Features">
        {features.length === 0 ? (
          <p className="text-xs text-zinc-500">No features reported.</p>
        ) : (
          <Facts items={features.map(([k, v]) => [k, v ?? ''])} />
        )}
      </Section>
      <Section id="detail-detection" title="Detection options">
        <Facts items={[['Status', detection.Status ?? '']]} />
        {(detection.Items?.Item.length ?? 0) > 0 && (
          <div className="mt-2">
            <MiniTable
              caption="Detection items"
              headers={['Name', 'RiskCode', 'RiskLevel', 'Value']}
              rows={detection.Items!.Item.map((i) => [i.Name, i.RiskCode, i.RiskLevel, i.Value])}
            />
          </div>
        )}
      </Section>
      <Section
        id="detail-json"
        title="Raw JSON"
        actions={
          <span className="flex items-center gap-2">
            <CopyButton
              label="Copy JSON"
              text={() => JSON.stringify(image, null, 2)}
              copied="Copied."
              blocked="Copying is blocked; select the text instead."
              className={smallButtonClass}
              statusClassName="text-xs text-zinc-500"
              statusFirst
            />
          </span>
        }
      >
        <div
          role="region"
          tabIndex={0}
          aria-label="The image as DescribeImages returned it"
          className="max-h-96 overflow-auto rounded bg-zinc-100 p-2 dark:bg-zinc-900"
        >
          <pre className="font-mono text-xs">{JSON.stringify(image, null, 2)}</pre>
        </div>
      </Section>
    </>
  );
}

export default function ImageDetailPanel(props: {
  imageRef: ImageRef;
  lookup: OpenImage;
  /** The loaded rows: the image's family among them has its version timeline. */
  loaded: readonly ImageRow[];
  times: TimeDisplay;
  /** Over the whole screen with a Back button (a phone), rather than beside the list. */
  fullScreen: boolean;
  onClose: () => void;
  onAddTag: (tag: ImageTag) => string;
  onOpen: (ref: ImageRef) => void;
}) {
  const { imageRef, lookup, loaded, times, fullScreen, onClose, onAddTag, onOpen } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refKey = imageRowKey(imageRef.regionId, imageRef.imageId, imageRef.account);
  useEffect(() => {
    headingRef.current?.focus();
  }, [refKey]);

  const row = lookup.state === 'found' ? lookup.row : undefined;
  const name = row?.image.ImageName || imageRef.imageId;
  const closeButton = (
    <button
      type="button"
      className={smallButtonClass}
      onClick={onClose}
      aria-label={fullScreen ? 'Back to the list' : 'Close image details'}
      title={fullScreen ? 'Back to the list (Escape)' : 'Close (Escape)'}
    >
      {fullScreen ? '← Back' : 'Close'}
    </button>
  );
  return (
    <aside
      aria-labelledby="detail-title"
      className={
        fullScreen
          ? 'fixed inset-0 z-40 flex flex-col overflow-auto bg-white dark:bg-zinc-950'
          : 'flex w-[30rem] max-w-[50%] shrink-0 flex-col overflow-auto border-l border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950'
      }
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="sticky top-0 z-10 flex items-start gap-2 bg-white px-4 py-3 dark:bg-zinc-950">
        {fullScreen && closeButton}
        <div className="min-w-0 flex-1">
          <h2
            id="detail-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-base font-semibold break-words focus:outline-none"
          >
            <Breakable text={name} />
          </h2>
          {/* The ID once: public images are often named by it. */}
          <p className="flex items-center gap-2 font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">
            <span>
              {imageRef.account !== undefined && `${imageRef.account} · `}
              {name === imageRef.imageId ? imageRef.regionId : `${imageRef.regionId} / ${imageRef.imageId}`}
            </span>
            <CopyButton
              label="Copy ID"
              ariaLabel={`Copy image ID ${imageRef.imageId}`}
              text={() => imageRef.imageId}
              copied="Copied."
              blocked="Copying is blocked; select the ID instead."
              className={`${smallButtonClass} shrink-0 font-sans whitespace-nowrap`}
              statusClassName="font-sans text-xs"
            />
          </p>
          {row && (
            <p className="mt-1 flex gap-1.5">
              <StatusBadge status={row.image.Status} progress={row.image.Progress} />
              <OwnerBadge image={row.image} />
            </p>
          )}
        </div>
        {!fullScreen && closeButton}
      </div>
      {lookup.state === 'loading' && (
        <p role="status" className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">
          This image is not among the loaded rows; looking it up in {imageRef.regionId}…
        </p>
      )}
      {lookup.state === 'not-found' && (
        <p role="status" className="px-4 py-3 text-sm">
          No image <code className="font-mono">{imageRef.imageId}</code> was found in {imageRef.regionId}, in
          any status, for the default owners, marketplace or community. Check the region and the ID.
        </p>
      )}
      {lookup.state === 'error' && (
        <p role="alert" className="px-4 py-3 text-sm text-red-700 dark:text-red-300">
          Could not look the image up: {lookup.message}
        </p>
      )}
      {row && (
        <ImageDetails
          row={row}
          family={indexFamilies(loaded).familyOf(row)}
          times={times}
          onAddTag={onAddTag}
          onOpen={onOpen}
        />
      )}
    </aside>
  );
}
