<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Acknowledgement of transfer</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>What the partner handed over</source>
        <translation>Что передал партнёр</translation>
    </message>
    <message>
        <source>The library&apos;s own deliveries</source>
        <translation>Что передала библиотека</translation>
    </message>
    <message>
        <source>&amp;Handed over:</source>
        <translation>&amp;Передаёт:</translation>
    </message>
    <message>
        <source>&amp;Delivered:</source>
        <translation>&amp;Выполнено:</translation>
    </message>
    <message>
        <source>Nothing delivered on this side yet.</source>
        <translation>С этой стороны пока ничего не передано.</translation>
    </message>
    <message>
        <source>Tick at least one delivered commitment.</source>
        <translation>Отметьте хотя бы одно выполненное обязательство.</translation>
    </message>
    <message>
        <source>Acknowledgement %1 - %2</source>
        <translation>Акт %1 - %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>Acknowledgements</name>
    <message>
        <source>Name at least one delivered commitment.</source>
        <translation>Укажите хотя бы одно выполненное обязательство.</translation>
    </message>
    <message>
        <source>There is no commitment with id %1.</source>
        <translation>Обязательства с номером %1 нет.</translation>
    </message>
    <message>
        <source>Only what was delivered is acknowledged; not delivered yet: %1.</source>
        <translation>Акт составляется только на переданное; ещё не выполнено: %1.</translation>
    </message>
    <message>
        <source>One act covers one collaboration; these commitments belong to %1.</source>
        <translation>Один акт — одно сотрудничество; эти обязательства относятся к сотрудничествам %1.</translation>
    </message>
    <message>
        <source>One act is between the library and one partner; these commitments concern partners %1.</source>
        <translation>Акт составляется между библиотекой и одним партнёром; эти обязательства касаются партнёров %1.</translation>
    </message>
    <message>
        <source>One act lists what one side handed over; write the partner&apos;s and the library&apos;s deliveries as two acts.</source>
        <translation>В одном акте — то, что передала одна сторона; переданное партнёром и библиотекой оформите двумя актами.</translation>
    </message>
</context>
<context>
    <name>AdvertisingDialog</name>
    <message>
        <source>Advertising offers</source>
        <translation>Рекламные предложения</translation>
    </message>
    <message>
        <source>Advertising package</source>
        <translation>Рекламный пакет</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Что предлагаем</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Reach per unit</source>
        <translation>Охват на единицу</translation>
    </message>
    <message>
        <source>Rate per unit</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагаем</translation>
    </message>
    <message>
        <source>Reach is how many people one unit reaches (followers for a post, subscribers for a newsletter). Untick “Offered” to stop offering an item without losing it from older pitches.</source>
        <translation>Охват — сколько человек увидит одна единица (подписчики для поста, получатели для рассылки). Снимите отметку «Предлагаем», чтобы больше не предлагать позицию, не теряя её в прежних предложениях партнёрам.</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Cannot delete this offer</source>
        <translation>Эту позицию нельзя удалить</translation>
    </message>
    <message>
        <source>reach “%1” is not a whole number</source>
        <translation>охват «%1» — не целое число</translation>
    </message>
    <message>
        <source>rate “%1” is not a number</source>
        <translation>цена «%1» — не число</translation>
    </message>
    <message>
        <source>Row %1 was not saved: %2</source>
        <translation>Строка %1 не сохранена: %2</translation>
    </message>
</context>
<context>
    <name>AdvertisingService</name>
    <message>
        <source>Reach per unit must be 0 or more.</source>
        <translation>Охват на единицу не может быть меньше 0.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code like RUB.</source>
        <translation>Валюта — это трёхбуквенный код, например RUB.</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>“%1” is offered in collaborations (%2); mark it inactive instead of deleting it.</source>
        <translation>«%1» предлагается в сотрудничествах (%2); вместо удаления отметьте позицию как неактивную.</translation>
    </message>
    <message>
        <source>There is no advertising item with id %1.</source>
        <translation>Рекламной позиции с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Write the agreement</source>
        <translation>Соглашение о сотрудничестве</translation>
    </message>
    <message>
        <source>Word (.docx), to edit and sign</source>
        <translation>Word (.docx), чтобы править и подписать</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Написать…</translation>
    </message>
    <message>
        <source>%1

Fill in the legal details of %2 now?</source>
        <translation>%1

Заполнить реквизиты: %2 — сейчас?</translation>
    </message>
    <message>
        <source>Details are missing</source>
        <translation>Не хватает реквизитов</translation>
    </message>
    <message>
        <source>Agreement %1 - %2</source>
        <translation>Соглашение %1 - %2</translation>
    </message>
    <message>
        <source>The document was not written: %1</source>
        <translation>Документ не записан: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Пишется…</translation>
    </message>
    <message>
        <source>Saved to %1 — version %2, kept with the collaboration.</source>
        <translation>Сохранено в %1 — версия %2, хранится вместе с сотрудничеством.</translation>
    </message>
</context>
<context>
    <name>AgreementStatus</name>
    <message>
        <source>no agreement written</source>
        <translation>соглашение не составлено</translation>
    </message>
    <message>
        <source>agreement not signed</source>
        <translation>соглашение не подписано</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>подписано %1</translation>
    </message>
    <message>
        <source>not signed: %1</source>
        <translation>не подписано: %1</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Partner %1 does not take part in collaboration %2.</source>
        <translation>Партнёр %1 не участвует в сотрудничестве %2.</translation>
    </message>
    <message>
        <source>Collaboration %1 has no partner yet to write a document for.</source>
        <translation>У сотрудничества %1 пока нет партнёра, для которого писать документ.</translation>
    </message>
    <message>
        <source>Collaboration %1 has several partners; one document is written per partner. Say which: %2.</source>
        <translation>У сотрудничества %1 несколько партнёров; документ пишется для каждого отдельно. Укажите, для кого: %2.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Not written: these details are missing: %1.</source>
        <translation>Не записано: не хватает реквизитов: %1.</translation>
    </message>
    <message>
        <source>The scan is larger than 30 MB.</source>
        <translation>Скан больше 30 МБ.</translation>
    </message>
    <message>
        <source>The scan cannot be read: %1</source>
        <translation>Скан не читается: %1</translation>
    </message>
    <message>
        <source>The signed scan must be a PDF, PNG or JPEG file.</source>
        <translation>Скан подписанного соглашения должен быть файлом PDF, PNG или JPEG.</translation>
    </message>
    <message>
        <source>The signing date %1 is in the future.</source>
        <translation>Дата подписания %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>Соглашения с номером %1 нет.</translation>
    </message>
    <message>
        <source>No agreement has been written for collaboration %1 yet.</source>
        <translation>Для сотрудничества %1 ещё не составлено ни одного соглашения.</translation>
    </message>
    <message>
        <source>Collaboration %1 has agreements with several partners; say which.</source>
        <translation>У сотрудничества %1 соглашения с несколькими партнёрами; укажите, с каким.</translation>
    </message>
</context>
<context>
    <name>AlternativesPage</name>
    <message>
        <source>Plan B partners</source>
        <translation>Партнёры плана Б</translation>
    </message>
    <message>
        <source>Partner to add as plan B</source>
        <translation>Партнёр, которого добавить в план Б</translation>
    </message>
    <message>
        <source>Remove the chosen plan B partner</source>
        <translation>Убрать выбранного партнёра из плана Б</translation>
    </message>
    <message>
        <source>2. Alternatives</source>
        <translation>2. Альтернативы</translation>
    </message>
    <message>
        <source>Who else could do this if the partner says no, a smaller version of the idea, and what happens if the partner declines.</source>
        <translation>Кто ещё мог бы участвовать, если партнёр откажется, какой может быть скромная версия идеи и что будет при отказе партнёра.</translation>
    </message>
    <message>
        <source>Add as plan B</source>
        <translation>Добавить как план Б</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Новый партнёр…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>No other partners yet: create one</source>
        <translation>Других партнёров пока нет — создайте нового</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>The year must be between %1 and %2, not %3.</source>
        <translation>Год должен быть от %1 до %2, а не %3.</translation>
    </message>
    <message>
        <source>There is no branch number %1.</source>
        <translation>Филиала с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Annual report</source>
        <translation>Годовой отчёт</translation>
    </message>
    <message>
        <source>The whole library system</source>
        <translation>Вся библиотечная система</translation>
    </message>
    <message>
        <source>(unnamed branch)</source>
        <translation>(филиал без названия)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Save the annual report as</source>
        <translation>Сохранить годовой отчёт как</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Выберите, куда сохранить отчёт.</translation>
    </message>
    <message>
        <source>That is a folder; give a file name.</source>
        <translation>Это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>Reading the figures and writing the report…</source>
        <translation>Собираем цифры и пишем отчёт…</translation>
    </message>
    <message>
        <source>Annual re&amp;port…</source>
        <translation>&amp;Годовой отчёт…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CollabDesk cannot open its data</source>
        <translation>CollabDesk не может открыть свои данные</translation>
    </message>
    <message>
        <source>Checking the whole file after an unexpected shutdown… Editing waits until the check is done.</source>
        <translation>Проверяем весь файл после неожиданного завершения работы… Изменения можно будет вносить, когда проверка закончится.</translation>
    </message>
    <message>
        <source>Checking the whole file after an unexpected shutdown… %1% Editing waits until the check is done.</source>
        <translation>Проверяем весь файл после неожиданного завершения работы… %1 % Изменения можно будет вносить, когда проверка закончится.</translation>
    </message>
    <message>
        <source>Checking the data… Editing waits until the check is done.</source>
        <translation>Проверяем данные… Изменения можно будет вносить, когда проверка закончится.</translation>
    </message>
    <message>
        <source>The data failed its check: looking for the newest good backup…</source>
        <translation>Данные не прошли проверку: ищем последнюю исправную резервную копию…</translation>
    </message>
    <message>
        <source>Updating the data for this version of CollabDesk (a backup is made first)…</source>
        <translation>Обновляем данные для этой версии CollabDesk (сначала делается резервная копия)…</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Открываем данные…</translation>
    </message>
    <message>
        <source>CollabDesk was not closed properly</source>
        <translation>CollabDesk в прошлый раз не был закрыт как следует</translation>
    </message>
    <message>
        <source>The last time, CollabDesk stopped without closing (the computer was switched off, or the program was ended). Your data was checked in full and is intact: every change that was saved is here. Only what was being typed and not yet saved at that moment is missing; please check the last thing you were working on.</source>
        <translation>В прошлый раз CollabDesk остановился, не закрывшись (компьютер выключили или программу завершили). Данные полностью проверены и в порядке: всё, что было сохранено, на месте. Пропасть могло только то, что набиралось в тот момент и ещё не было сохранено; проверьте, пожалуйста, то, над чем вы работали последним.</translation>
    </message>
    <message>
        <source>This data is read-only</source>
        <translation>Эти данные только для чтения</translation>
    </message>
    <message>
        <source>CollabDesk cannot save in this folder (a disc, a locked memory stick or a protected folder). You can look at everything, make pitches and export, but no change can be saved here. To work with this data, copy the folder to this computer&apos;s disk and open the copy.</source>
        <translation>CollabDesk не может сохранять в этой папке (диск, защищённая от записи флешка или закрытая папка). Можно всё посмотреть, подготовить предложения и выгрузить данные, но ни одно изменение здесь не сохранится. Чтобы работать с этими данными, скопируйте папку на диск этого компьютера и откройте копию.</translation>
    </message>
    <message>
        <source>The data is damaged</source>
        <translation>Данные повреждены</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup now?</source>
        <translation>%1

Восстановить данные из последней исправной резервной копии?</translation>
    </message>
    <message>
        <source>The data is still being checked; restore it once the check is done.</source>
        <translation>Данные ещё проверяются; восстановите копию, когда проверка закончится.</translation>
    </message>
    <message>
        <source>The restored data could not be opened.</source>
        <translation>Восстановленные данные не удалось открыть.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled; no earlier backup was replaced.</source>
        <translation>Резервное копирование отменено; прежние копии не заменены.</translation>
    </message>
    <message>
        <source>Could not back up %1: %2. No backup was replaced.</source>
        <translation>Не удалось сделать резервную копию %1: %2. Ни одна резервная копия не заменена.</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check (%2); the backup was not kept and no earlier backup was replaced.</source>
        <translation>База данных %1 не прошла проверку целостности (%2); резервная копия не сохранена, прежние копии не заменены.</translation>
    </message>
    <message>
        <source>Cannot open %1 to restore into it: %2.</source>
        <translation>Не удаётся открыть %1, чтобы восстановить в него данные: %2.</translation>
    </message>
    <message>
        <source>Another CollabDesk (a window or a command) kept %1 open for %2 s; nothing was restored. Close it, or let it finish, and restore again.</source>
        <translation>Другой экземпляр CollabDesk (окно или команда) держал %1 открытым %2 с; ничего не восстановлено. Закройте его или дождитесь, пока он закончит, и восстановите снова.</translation>
    </message>
    <message>
        <source>The restored database did not pass its check (%1).</source>
        <translation>Восстановленная база данных не прошла проверку (%1).</translation>
    </message>
    <message>
        <source>Could not restore %1 into %2: %3.</source>
        <translation>Не удалось восстановить %1 в %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not a CollabDesk backup (not an SQLite database file); nothing was restored. Backups are the .sqlite3 files in the backups folder.</source>
        <translation>%1 — не резервная копия CollabDesk (это не файл базы данных SQLite); ничего не восстановлено. Резервные копии — это файлы .sqlite3 в папке backups.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Резервная копия %1 повреждена (%2); ничего не восстановлено.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation>Резервное копирование данных…</translation>
    </message>
    <message>
        <source>Checking today&apos;s backup…</source>
        <translation>Проверка сегодняшней резервной копии…</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed</source>
        <translation>Сегодняшняя резервная копия не создана</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Скрыть: %1</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n pitches were written.</source>
        <translation>
            <numerusform>Отменено: сохранено %1 из %n предложения.</numerusform>
            <numerusform>Отменено: сохранено %1 из %n предложений.</numerusform>
            <numerusform>Отменено: сохранено %1 из %n предложений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pitches were written.</source>
        <translation>
            <numerusform>Сохранено %1 из %n предложения.</numerusform>
            <numerusform>Сохранено %1 из %n предложений.</numerusform>
            <numerusform>Сохранено %1 из %n предложений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BranchCombo</name>
    <message>
        <source>(unnamed branch)</source>
        <translation>(филиал без названия)</translation>
    </message>
</context>
<context>
    <name>BranchFile</name>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Сотрудничества</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Ответы чек-листа</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Смены этапов</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>A branch file is made from a branch&apos;s own SQLite database, not from the shared server.</source>
        <translation>Файл филиала делается из собственной базы SQLite филиала, а не с общего сервера.</translation>
    </message>
    <message>
        <source>This database holds several branches; a branch file carries the database of one branch working on its own.</source>
        <translation>В этой базе несколько филиалов; файл филиала переносит базу одного филиала, который работает отдельно.</translation>
    </message>
    <message>
        <source>This is the first file from this branch database: say which branch it is, or make a new branch for it.</source>
        <translation>Это первый файл из базы этого филиала: укажите, какой это филиал, или создайте для него новый.</translation>
    </message>
    <message>
        <source>The branch file %1 was made by a newer version of CollabDesk. Update CollabDesk here, then import it again.</source>
        <translation>Файл филиала %1 сделан более новой версией CollabDesk. Обновите CollabDesk здесь и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>The branch file %1 was made by an older version of CollabDesk. Update CollabDesk at the branch and send the file again.</source>
        <translation>Файл филиала %1 сделан более старой версией CollabDesk. Обновите CollabDesk в филиале и пришлите файл снова.</translation>
    </message>
    <message>
        <source>The branch file %1 is damaged: %2 of %3 #%4 is longer than %5 characters. Nothing was imported.</source>
        <translation>Файл филиала %1 повреждён: поле %2 записи %3 №%4 длиннее %5 символов. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Give the new branch a name.</source>
        <translation>Дайте новому филиалу название.</translation>
    </message>
    <message>
        <source>A branch name can be at most %1 characters (this one has %2).</source>
        <translation>Название филиала — не больше %1 символов (здесь %2).</translation>
    </message>
    <message>
        <source>There is already a branch named %1 (id %2); import into it, or choose another name.</source>
        <translation>Филиал «%1» уже есть (id %2); импортируйте в него или выберите другое название.</translation>
    </message>
    <message>
        <source>Files from this branch database go to the branch %1 (id %2), where earlier files went.</source>
        <translation>Файлы из базы этого филиала идут в филиал «%1» (id %2), куда шли и прежние.</translation>
    </message>
    <message>
        <source>The file %1 was made from this very database; import it into the system&apos;s database instead.</source>
        <translation>Файл %1 сделан из этой же базы; импортируйте его в базу библиотечной системы.</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>Филиала с id %1 нет.</translation>
    </message>
    <message>
        <source>The branch %1 takes the files of another branch database; choose another branch or make a new one.</source>
        <translation>Филиал «%1» принимает файлы из базы другого филиала; выберите другой филиал или создайте новый.</translation>
    </message>
    <message>
        <source>Branch file of %1, exported %2.</source>
        <translation>Файл филиала «%1», выгружен %2.</translation>
    </message>
    <message>
        <source>It goes to the branch %1 (id %2), where earlier files from this branch database went.</source>
        <translation>Он пойдёт в филиал «%1» (id %2), куда шли прежние файлы из базы этого филиала.</translation>
    </message>
    <message>
        <source>It will be imported as the branch %1 (id %2).</source>
        <translation>Он будет импортирован как филиал «%1» (id %2).</translation>
    </message>
    <message>
        <source>It will be imported as a new branch, %1.</source>
        <translation>Он будет импортирован как новый филиал «%1».</translation>
    </message>
    <message>
        <source>This file was imported before; records it brought were changed or deleted here since, and importing it again brings them back.</source>
        <translation>Этот файл уже импортировался; присланные им записи с тех пор изменены или удалены здесь, и повторный импорт вернёт их.</translation>
    </message>
    <message>
        <source>This file was imported before: importing it again changes nothing.</source>
        <translation>Этот файл уже импортирован: повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>A newer file from this branch was imported already (exported %1): this one would bring back older data.</source>
        <translation>Уже импортирован более новый файл этого филиала (выгружен %1): этот вернул бы более старые данные.</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Ничего не изменится.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 matched to records already here (left as they are)</source>
        <translation>%1: новых %2, изменённых %3, без изменений %4, совпали с уже имеющимися здесь %5 (остаются как есть)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1: новых %2, изменённых %3, без изменений %4</translation>
    </message>
    <message>
        <source>The branch file must be a different file from the database.</source>
        <translation>Файл филиала должен быть другим файлом, не самой базой.</translation>
    </message>
    <message>
        <source>Could not write the branch file: %1</source>
        <translation>Не удалось записать файл филиала: %1</translation>
    </message>
    <message>
        <source>The branch file failed its check (%1).</source>
        <translation>Файл филиала не прошёл проверку (%1).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <source>%1 is not a branch file. Choose a file made with File → Send branch data… (its name ends in .collabdesk-branch).</source>
        <translation>%1 — не файл филиала. Выберите файл, сделанный командой Файл → Отправить данные филиала… (его имя оканчивается на .collabdesk-branch).</translation>
    </message>
    <message>
        <source>The branch file %1 is damaged or incomplete (%2). Nothing was imported; ask the branch to send it again.</source>
        <translation>Файл филиала %1 повреждён или неполон (%2). Ничего не импортировано; попросите филиал прислать его снова.</translation>
    </message>
    <message>
        <source>S&amp;end branch data…</source>
        <translation>Отправить данные &amp;филиала…</translation>
    </message>
    <message>
        <source>Import br&amp;anch data…</source>
        <translation>Импортировать данные фи&amp;лиала…</translation>
    </message>
    <message>
        <source>Send branch data</source>
        <translation>Отправить данные филиала</translation>
    </message>
    <message>
        <source>Branch files (*%1)</source>
        <translation>Файлы филиала (*%1)</translation>
    </message>
    <message>
        <source>Writing the branch file…</source>
        <translation>Записывается файл филиала…</translation>
    </message>
    <message>
        <source>No branch file written</source>
        <translation>Файл филиала не записан</translation>
    </message>
    <message>
        <source>Branch file written: %1 (%2 collaborations, %3 commitments, %4 partners). Send it to the coordinators; they import it with File → Import branch data….</source>
        <translation>Файл филиала записан: %1 (сотрудничеств: %2, обязательств: %3, партнёров: %4). Отправьте его координаторам; они импортируют его командой Файл → Импортировать данные филиала….</translation>
    </message>
    <message>
        <source>Import branch data</source>
        <translation>Импорт данных филиала</translation>
    </message>
    <message>
        <source>Branch files (*%1);;All files (*)</source>
        <translation>Файлы филиала (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читается %1…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Этот файл нельзя импортировать</translation>
    </message>
    <message>
        <source>The branch data was imported as %1.</source>
        <translation>Данные филиала импортированы как «%1».</translation>
    </message>
</context>
<context>
    <name>BranchImportDialog</name>
    <message>
        <source>Import branch data</source>
        <translation>Импорт данных филиала</translation>
    </message>
    <message>
        <source>A new branch</source>
        <translation>Новый филиал</translation>
    </message>
    <message>
        <source>(unnamed branch)</source>
        <translation>(филиал без названия)</translation>
    </message>
    <message>
        <source>Name of the new branch</source>
        <translation>Название нового филиала</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Импортировать как:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Уже есть здесь</translation>
    </message>
    <message>
        <source>Matched to records made in this database; they are left as they are.</source>
        <translation>Совпали с записями, сделанными в этой базе; они остаются как есть.</translation>
    </message>
    <message>
        <source>One way: nothing goes back to the branch. Records the branch sent before are updated; records made here are never changed.</source>
        <translation>В одну сторону: в филиал ничего не возвращается. Записи, присланные филиалом раньше, обновляются; записи, сделанные здесь, не меняются никогда.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Checking what the file would change…</source>
        <translation>Проверяется, что изменит файл…</translation>
    </message>
    <message>
        <source>Nothing to import: the file changes nothing here.</source>
        <translation>Импортировать нечего: файл здесь ничего не меняет.</translation>
    </message>
    <message>
        <source>Give the new branch a name.</source>
        <translation>Дайте новому филиалу название.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Backing up the data first…</source>
        <translation>Сначала делается резервная копия…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>BranchService</name>
    <message>
        <source>Colour is written as #RRGGBB, or left empty for the system&apos;s colour.</source>
        <translation>Цвет записывается как #RRGGBB; пустое поле — цвет системы.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Сотрудника с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is already a branch “%1”.</source>
        <translation>Филиал «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>Филиала с номером %1 нет.</translation>
    </message>
    <message>
        <source>“%1” is the only branch and cannot be removed: everything the library keeps belongs to a branch.</source>
        <translation>«%1» — единственный филиал, его нельзя удалить: всё, что хранит библиотека, принадлежит какому-то филиалу.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: it still holds collaborations (%2), statistics figures (%3) and staff (%4). Move them to another branch first; nothing was removed.</source>
        <translation>«%1» нельзя удалить: в нём ещё есть проекты сотрудничества (%2), значения статистики (%3) и сотрудники (%4). Сначала перенесите их в другой филиал; ничего не удалено.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>BranchSettings</name>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>Новый филиал</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>e.g. Children&apos;s library No. 3</source>
        <translation>например, Детская библиотека № 3</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Подписант:</translation>
    </message>
    <message>
        <source>Add staff first to pick them here.</source>
        <translation>Чтобы выбрать здесь сотрудников, сначала добавьте их.</translation>
    </message>
    <message>
        <source>Brand c&amp;olour:</source>
        <translation>&amp;Фирменный цвет:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>как у системы</translation>
    </message>
    <message>
        <source>&amp;Own logo…</source>
        <translation>&amp;Свой логотип…</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s</source>
        <translation>&amp;Вернуть системный</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Left empty, the colour and the logo are the library system&apos;s.</source>
        <translation>Если не задавать, цвет и логотип берутся у библиотечной системы.</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>свой</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Collaborations, statistics and staff belong to a branch; partners are shared. New ones made on this computer go to its person&apos;s branch.</source>
        <translation>Проекты, статистика и сотрудники принадлежат филиалу, партнёры — общие. Новые записи с этого компьютера попадают в филиал его сотрудника.</translation>
    </message>
    <message>
        <source>Remove the branch “%1”?</source>
        <translation>Удалить филиал «%1»?</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>Удаление филиала</translation>
    </message>
    <message>
        <source>Add the second branch. Everything kept so far stays in the first one; Settings then gets a Branches page, and lists a branch filter.</source>
        <translation>Добавьте второй филиал. Всё, что уже есть, останется в первом; в настройках появится страница «Филиалы», а в списках — отбор по филиалу.</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Add category figure…</source>
        <translation>Добавить значение по категории…</translation>
    </message>
    <message>
        <source>Record one part of a breakdown (an age band, a district) for a month</source>
        <translation>Записать часть разбивки (возрастную группу, район) за месяц</translation>
    </message>
    <message>
        <source>No breakdown yet: add figures by category (age band, district).</source>
        <translation>Разбивки пока нет: добавьте значения по категориям (возрастная группа, район).</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Breakdown, %1</source>
        <translation>Разбивка, %1</translation>
    </message>
</context>
<context>
    <name>CalendarCounts</name>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n событие записано в %1.</numerusform>
            <numerusform>%n события записаны в %1.</numerusform>
            <numerusform>%n событий записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export the calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>Календарь iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar (.ics)…</source>
        <translation>Экспорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Календарь записывается…</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Календарь не записан</translation>
    </message>
    <message>
        <source>Open the file in Outlook or another calendar; importing it again updates the same events and removes those done.</source>
        <translation>Откройте файл в Outlook или другом календаре; повторный импорт обновит те же события и уберёт выполненные.</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Календарь экспортирован</translation>
    </message>
</context>
<context>
    <name>CategoryFigureDialog</name>
    <message>
        <source>Breakdown of %1</source>
        <translation>Разбивка: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>e.g. 18–24, Central district</source>
        <translation>например, 18–24, Центральный район</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>Name the category (a total is entered in the table).</source>
        <translation>Укажите категорию (итог вводится в таблице).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
</context>
<context>
    <name>ChecklistAnswerFields</name>
    <message>
        <source>Partner sees this</source>
        <translation>Увидит партнёр</translation>
    </message>
    <message>
        <source>The answer may appear in the pitch, the slides and the meeting copy.</source>
        <translation>Ответ может попасть в предложение, слайды и копию для встречи.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для сотрудников</translation>
    </message>
    <message>
        <source>The answer stays in the library: no document for the partner shows it.</source>
        <translation>Ответ остаётся в библиотеке: ни один документ для партнёра его не покажет.</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Перевод (%1)</translation>
    </message>
    <message>
        <source>Show the translation into %1</source>
        <translation>Показать перевод на %1</translation>
    </message>
    <message>
        <source>For %1:</source>
        <translation>Для партнёра %1:</translation>
    </message>
    <message>
        <source>Written earlier for all partners: %1</source>
        <translation>Раньше написано для всех партнёров: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>Who may read the answers is &apos;partner&apos; or &apos;staff&apos;, not &apos;%1&apos;.</source>
        <translation>Ответы может читать «partner» (партнёр) или «staff» (только сотрудники), а не «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is answered by other records; who may read it is fixed.</source>
        <translation>На «%1» отвечают другие записи; кто может это читать, изменить нельзя.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is answered by other records; it cannot be asked per partner.</source>
        <translation>На «%1» отвечают другие записи; его нельзя задавать каждому партнёру отдельно.</translation>
    </message>
    <message>
        <source>Answers to this question were written for single partners (%1); it stays asked per partner.</source>
        <translation>На этот вопрос уже ответили для отдельных партнёров (%1); он остаётся вопросом для каждого партнёра.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no checklist question &apos;%1&apos;.</source>
        <translation>Вопроса чек-листа «%1» нет.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>ChecklistSteps</name>
    <message>
        <source>1. Why do we need this?</source>
        <translation>1. Зачем это нужно?</translation>
    </message>
    <message>
        <source>2. Alternatives</source>
        <translation>2. Альтернативы</translation>
    </message>
    <message>
        <source>3. Qualitatively</source>
        <translation>3. Качественно</translation>
    </message>
    <message>
        <source>4. Quantitatively</source>
        <translation>4. Количественно</translation>
    </message>
    <message>
        <source>5. Reputation</source>
        <translation>5. Репутация</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateDialog</name>
    <message>
        <source>Partner sees it</source>
        <translation>Видит партнёр</translation>
    </message>
    <message>
        <source>Per partner</source>
        <translation>Для каждого партнёра</translation>
    </message>
    <message>
        <source>Ticked: the answer may appear in the pitch, the slides, meeting mode and the meeting copy. Unticked: staff only.</source>
        <translation>Отмечено: ответ может попасть в предложение, слайды, режим встречи и копию для встречи. Не отмечено: только для сотрудников.</translation>
    </message>
    <message>
        <source>Ticked: with several partners, each partner gets an answer of its own.</source>
        <translation>Отмечено: если партнёров несколько, у каждого свой ответ.</translation>
    </message>
    <message>
        <source>Reword a question, make it optional, or untick “In use” to retire it. Untick “Partner sees it” for answers that stay in the library. Answers already given are kept whatever you change here.</source>
        <translation>Переформулируйте вопрос, сделайте его необязательным или снимите отметку «Используется», чтобы убрать его. Снимите отметку «Видит партнёр» у ответов, которые остаются в библиотеке. Данные ранее ответы сохранятся, что бы вы здесь ни изменили.</translation>
    </message>
    <message>
        <source>Answered by other records: who may read it is fixed.</source>
        <translation>Ответ дают другие записи: кто его видит, задано программой.</translation>
    </message>
    <message>
        <source>Step of the new question</source>
        <translation>Шаг нового вопроса</translation>
    </message>
    <message>
        <source>Checklist questions</source>
        <translation>Вопросы чек-листа</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>Вопрос (по-английски)</translation>
    </message>
    <message>
        <source>Question (Russian)</source>
        <translation>Вопрос (по-русски)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Add question to step</source>
        <translation>Добавить вопрос к шагу</translation>
    </message>
    <message>
        <source>Question in row %1 was not saved: %2</source>
        <translation>Вопрос в строке %1 не сохранён: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Prepare: %1</source>
        <translation>Подготовка: %1</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Черновик не сохранён</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Несохранённые ответы</translation>
    </message>
    <message>
        <source>You have typed answers that are not saved yet.</source>
        <translation>Вы ввели ответы, которые ещё не сохранены.</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Сохранить черновик и закрыть</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Full integrity check: never run yet. Every backup runs quick_check; the next one runs the full check (or run `collabdesk check --full`).</source>
        <translation>Полная проверка целостности ещё ни разу не выполнялась. Каждая резервная копия проверяется быстро (quick_check); следующая пройдёт полную проверку (или выполните `collabdesk check --full`).</translation>
    </message>
    <message>
        <source>Full integrity check: last passed on %1 UTC. Every backup runs quick_check; the first backup from %2 on runs the full check again (or run `collabdesk check --full`).</source>
        <translation>Полная проверка целостности последний раз пройдена %1 UTC. Каждая резервная копия проверяется быстро (quick_check); первая копия начиная с %2 снова пройдёт полную проверку (или выполните `collabdesk check --full`).</translation>
    </message>
    <message>
        <source>The collaboration is not completed yet: the recap is marked interim.</source>
        <translation>Сотрудничество ещё не завершено: отчёт помечен как промежуточный.</translation>
    </message>
    <message>
        <source>Results of collaboration %1 saved.</source>
        <translation>Результаты сотрудничества %1 сохранены.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Посетителей: %1</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>Показов: %1</translation>
    </message>
    <message>
        <source>Media pieces: %1</source>
        <translation>Публикаций в СМИ: %1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Цитата: %1</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>В следующий раз: %1</translation>
    </message>
    <message>
        <source>Not answered for %1: %2</source>
        <translation>Нет ответа для «%1»: %2</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>только сотрудники</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ШАГ</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>ОБЯЗАТЕЛЬНЫЙ</translation>
    </message>
    <message>
        <source>READ BY</source>
        <translation>КТО ЧИТАЕТ</translation>
    </message>
    <message>
        <source>PER PARTNER</source>
        <translation>ДЛЯ КАЖДОГО ПАРТНЁРА</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>ВОПРОС</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Вопросов: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is answered by other records; use: %2</source>
        <translation>На «%1» отвечают другие записи; используйте: %2</translation>
    </message>
    <message>
        <source>There is no checklist question &apos;%1&apos;. The keys are: %2</source>
        <translation>Вопроса чек-листа «%1» нет. Ключи вопросов: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is answered for each partner; choose one with --partner: %2</source>
        <translation>На «%1» отвечают для каждого партнёра отдельно; выберите партнёра с помощью --partner: %2</translation>
    </message>
    <message>
        <source>Answer to %1 saved in collaboration %2.</source>
        <translation>Ответ на %1 сохранён в сотрудничестве %2.</translation>
    </message>
    <message>
        <source>Answer to %1 cleared in collaboration %2.</source>
        <translation>Ответ на %1 в сотрудничестве %2 очищен.</translation>
    </message>
    <message>
        <source>For the partner: %1 (%2)</source>
        <translation>Для партнёра: %1 (%2)</translation>
    </message>
    <message>
        <source>As the translation into %1.</source>
        <translation>Как перевод на язык %1.</translation>
    </message>
    <message>
        <source>Added collaboration %1: %2</source>
        <translation>Добавлено сотрудничество %1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write 2027-03-01 or 01.03.2027.</source>
        <translation>%1: «%2» — не дата; пишите 2027-03-01 или 01.03.2027.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» — не число.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --contact-name, ...</source>
        <translation>Менять нечего: укажите хотя бы одно из --name, --contact-name, ...</translation>
    </message>
    <message>
        <source>Saved the library profile: %1</source>
        <translation>Профиль библиотеки сохранён: %1</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Calendar reminders:</source>
        <translation>Напоминания в календаре:</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like 2027-03-01 or 01.03.2027.</source>
        <translation>«%1» — не дата. Введите её так: 01.03.2027 или 2027-03-01.</translation>
    </message>
    <message>
        <source>Answers the partner will read are still empty: %1</source>
        <translation>Ответы, которые прочтёт партнёр, ещё не заполнены: %1</translation>
    </message>
    <message>
        <source>No translation yet, printed as written: %1</source>
        <translation>Перевода пока нет, напечатано как написано: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>идея</translation>
    </message>
    <message>
        <source>promise “%1”</source>
        <translation>обязательство «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a collaboration id; give a number.</source>
        <translation>«%1» — не номер сотрудничества; укажите число.</translation>
    </message>
    <message>
        <source>There is no letter called “%1”; there are: %2.</source>
        <translation>Письма «%1» нет; есть: %2.</translation>
    </message>
    <message>
        <source>Say which collaboration: collabdesk letter %1 ID.</source>
        <translation>Укажите сотрудничество: collabdesk letter %1 ID.</translation>
    </message>
    <message>
        <source>Write the letter as .docx, .eml or .txt, not “%1”.</source>
        <translation>Письмо записывается как .docx, .eml или .txt, а не «%1».</translation>
    </message>
    <message>
        <source>The file to attach cannot be read: %1 (%2)</source>
        <translation>Не удаётся прочитать файл для вложения: %1 (%2)</translation>
    </message>
    <message>
        <source>The partner has no e-mail address: fill in To in your mail program.</source>
        <translation>У партнёра нет адреса электронной почты: заполните поле «Кому» в почтовой программе.</translation>
    </message>
    <message>
        <source>There is no advertising item “%1”; the catalogue has: %2</source>
        <translation>Рекламной позиции «%1» нет; в каталоге есть: %2</translation>
    </message>
    <message>
        <source>There are no statistics yet; add them with `collabdesk stats import FILE`.</source>
        <translation>Статистики пока нет; добавьте её командой `collabdesk stats import ФАЙЛ`.</translation>
    </message>
    <message>
        <source>There is no statistic “%1”; there are: %2</source>
        <translation>Показателя «%1» нет; есть: %2</translation>
    </message>
    <message>
        <source>--quantity goes with --ad-item, not --metric.</source>
        <translation>--quantity указывается с --ad-item, а не с --metric.</translation>
    </message>
    <message>
        <source>Picked for collaboration %1: statistic “%2”</source>
        <translation>Выбрано для сотрудничества %1: показатель «%2»</translation>
    </message>
    <message>
        <source>--ad-item needs --quantity N.</source>
        <translation>Для --ad-item нужно --quantity N.</translation>
    </message>
    <message>
        <source>--quantity must be more than 0.</source>
        <translation>--quantity должно быть больше 0.</translation>
    </message>
    <message>
        <source>Picked for collaboration %1: %2 × “%3”</source>
        <translation>Выбрано для сотрудничества %1: %2 × «%3»</translation>
    </message>
    <message>
        <source>The statistic “%1” is not picked for collaboration %2.</source>
        <translation>Показатель «%1» не выбран для сотрудничества %2.</translation>
    </message>
    <message>
        <source>Taken out of collaboration %1: “%2”</source>
        <translation>Убрано из сотрудничества %1: «%2»</translation>
    </message>
    <message>
        <source>“%1” is not picked for collaboration %2.</source>
        <translation>«%1» не выбрано для сотрудничества %2.</translation>
    </message>
    <message>
        <source>Moving collaboration %1 to “%2” needs a reason: add --reason TEXT.</source>
        <translation>Чтобы перевести сотрудничество %1 в стадию «%2», нужна причина: добавьте --reason ТЕКСТ.</translation>
    </message>
    <message>
        <source>“%1” cannot be completed: commitments still open: %2. Close each one with one of the commands below, then move it again.
%3</source>
        <translation>«%1» нельзя завершить: открытых обязательств: %2. Закройте каждое одной из команд ниже, затем переведите стадию снова.
%3</translation>
    </message>
    <message>
        <source>Collaboration %1 moved: %2 → %3</source>
        <translation>Сотрудничество %1 переведено: %2 → %3</translation>
    </message>
    <message>
        <source>Partner %1 is not a partner of collaboration %2; its partners: %3</source>
        <translation>Партнёр %1 не участвует в сотрудничестве %2; его партнёры: %3</translation>
    </message>
    <message>
        <source>Collaboration %1 has several partners; name one with --partner: %2</source>
        <translation>У сотрудничества %1 несколько партнёров; укажите одного через --partner: %2</translation>
    </message>
    <message>
        <source>Added commitment %1: %2</source>
        <translation>Добавлено обещание %1: %2</translation>
    </message>
    <message>
        <source>--quantity and --unit go together.</source>
        <translation>--quantity и --unit указываются вместе.</translation>
    </message>
    <message>
        <source>Saved commitment %1: %2</source>
        <translation>Обещание %1 сохранено: %2</translation>
    </message>
    <message>
        <source>Commitment %1: %2</source>
        <translation>Обещание %1: %2</translation>
    </message>
    <message>
        <source>Delivered commitment %1 on %2: %3 (proofs: %4)</source>
        <translation>Обещание %1 выполнено %2: %3 (подтверждений: %4)</translation>
    </message>
    <message>
        <source>Waived commitment %1: %2</source>
        <translation>Обещание %1 снято: %2</translation>
    </message>
    <message>
        <source>Missed commitment %1: %2</source>
        <translation>Обещание %1 не выполнено: %2</translation>
    </message>
    <message>
        <source>interrupted; nothing was saved.</source>
        <translation>прервано; ничего не сохранено.</translation>
    </message>
    <message>
        <source>unexpected error: %1: %2</source>
        <translation>непредвиденная ошибка: %1: %2</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>warning: %1; keep the database on a local disk.</source>
        <translation>внимание: %1; храните базу данных на диске этого компьютера.</translation>
    </message>
    <message>
        <source>half-written file %1 from a cut-off backup or restore: removed</source>
        <translation>недописанный файл %1 от прерванного резервного копирования или восстановления: удалён</translation>
    </message>
    <message>
        <source>half-written file %1 from a cut-off backup or restore: left alone: it may still be in progress</source>
        <translation>недописанный файл %1 от прерванного резервного копирования или восстановления: оставлен, возможно, работа ещё идёт</translation>
    </message>
    <message>
        <source>backup %1: %2</source>
        <translation>резервная копия %1: %2</translation>
    </message>
    <message>
        <source>Backups: %1, in %2</source>
        <translation>Резервных копий: %1, в %2</translation>
    </message>
    <message>
        <source>Collaborations: %1</source>
        <translation>Сотрудничеств: %1</translation>
    </message>
    <message>
        <source>%1 (%2), ready %3%</source>
        <translation>%1 (%2), готовность %3%</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Партнёры: %1</translation>
    </message>
    <message>
        <source>Plan B:   %1</source>
        <translation>План Б:   %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>На этой стадии с %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Promise (%1): %2; %3; %4</source>
        <translation>Обязательство (%1): %2; %3; %4</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Нет ответа: %1</translation>
    </message>
    <message>
        <source>The values do not fully match and there is no note on how to deal with it.</source>
        <translation>Ценности совпадают не полностью, а заметки о том, как с этим быть, нет.</translation>
    </message>
    <message>
        <source>The promise “%1” has no due date or no owner.</source>
        <translation>У обязательства «%1» нет срока или ответственного.</translation>
    </message>
    <message>
        <source>Commitments exported: %1, to %2</source>
        <translation>Выгружено обязательств: %1, в файл %2</translation>
    </message>
    <message>
        <source>Rows read: %1, from %2 (%3)</source>
        <translation>Прочитано строк: %1, из %2 (%3)</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный запуск: ничего не изменено.</translation>
    </message>
    <message>
        <source>Commitments imported: %1.</source>
        <translation>Импортировано обязательств: %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name such as commitments.ics</source>
        <translation>%1 — это папка; укажите имя файла, например commitments.ics</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <source>Calendar events written: %1, to %2</source>
        <translation>Записано событий: %1, в файл %2</translation>
    </message>
    <message>
        <source>--alarm %1 is not understood. Write the reminders before each date as 1d,7d (days), 2h (hours) or 1w (weeks), at most 5 and at most a year ahead; 0 or none for no reminder.</source>
        <translation>--alarm %1: непонятно. Напоминания до каждой даты пишутся так: 1d,7d (дни), 2h (часы) или 1w (недели), не больше 5 и не раньше чем за год; 0 или none — без напоминаний.</translation>
    </message>
    <message>
        <source>Renewed as collaboration %1: %2 (commitments: %3, all planned)</source>
        <translation>Продлено как сотрудничество %1: %2 (обязательств: %3, все запланированы)</translation>
    </message>
    <message>
        <source>Commitments: %1</source>
        <translation>Обязательств: %1</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>не хватает обязательных аргументов: %1</translation>
    </message>
    <message>
        <source>argument %1: invalid choice: %2 (choose from %3)</source>
        <translation>аргумент %1: недопустимое значение %2 (выберите из %3)</translation>
    </message>
    <message>
        <source>argument %1: %2 is not a whole number</source>
        <translation>аргумент %1: %2 — не целое число</translation>
    </message>
    <message>
        <source>argument %1: expected one value</source>
        <translation>аргумент %1: нужно одно значение</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>неизвестные аргументы: %1</translation>
    </message>
    <message>
        <source>The database already holds partners; demo data was not added.</source>
        <translation>В базе данных уже есть партнёры; демонстрационные данные не добавлены.</translation>
    </message>
    <message>
        <source>Added demo data (%1): %2 partners.</source>
        <translation>Добавлены демонстрационные данные (%1), партнёров: %2.</translation>
    </message>
    <message>
        <source>No history for %1 %2.</source>
        <translation>Истории для %1 %2 нет.</translation>
    </message>
    <message>
        <source>A meeting copy is made from a SQLite database, not a server.</source>
        <translation>Копия для встречи делается из базы данных SQLite, а не с сервера.</translation>
    </message>
    <message>
        <source>%1 is a file; give a folder for the meeting copy.</source>
        <translation>%1 — это файл; укажите папку для копии для встречи.</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder.</source>
        <translation>%1 уже существует; выберите пустую папку.</translation>
    </message>
    <message>
        <source>Meeting copy written: %1</source>
        <translation>Копия для встречи записана: %1</translation>
    </message>
    <message>
        <source>Open it with: collabdesk --data-dir %1</source>
        <translation>Откройте её командой: collabdesk --data-dir %1</translation>
    </message>
    <message>
        <source>There is no notes file %1.</source>
        <translation>Файла заметок %1 нет.</translation>
    </message>
    <message>
        <source>Notes merged into the interaction logs: %1.</source>
        <translation>Заметок добавлено в историю общения: %1.</translation>
    </message>
    <message>
        <source>Notes that could not be merged: %1; they stay in %2.</source>
        <translation>Заметок не удалось добавить: %1; они остаются в %2.</translation>
    </message>
    <message>
        <source>  damaged row %1: %2</source>
        <translation>  повреждённая строка %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … и ещё %1</translation>
    </message>
    <message>
        <source>fix %1, or add --skip-damaged to import the other rows</source>
        <translation>исправьте %1 или добавьте --skip-damaged, чтобы импортировать остальные строки</translation>
    </message>
    <message>
        <source>Damaged rows (%1) would stop the import: %2.</source>
        <translation>Повреждённые строки (%1) остановили бы импорт: %2.</translation>
    </message>
    <message>
        <source>Damaged rows in %2: %1 (listed above); nothing was imported: %3.</source>
        <translation>В файле %2 повреждены строки (%1, см. список выше); ничего не импортировано: %3.</translation>
    </message>
    <message>
        <source>  %1 row %2: %3: %4</source>
        <translation>  строка %2 (%1): %3: %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Would import %1; rejected %2; duplicates skipped %3; damaged %4</source>
        <translation>Будет импортировано: %1; отклонено: %2; пропущено дубликатов: %3; повреждено: %4</translation>
    </message>
    <message>
        <source>Importing %1; rejected %2; duplicates skipped %3; damaged %4</source>
        <translation>Импортируется: %1; отклонено: %2; пропущено дубликатов: %3; повреждено: %4</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>Partners exported: %1, to %2</source>
        <translation>Выгружено партнёров: %1, в файл %2</translation>
    </message>
    <message>
        <source>%1, separator %2</source>
        <translation>%1, разделитель %2</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Не импортируются столбцы: %1</translation>
    </message>
    <message>
        <source>Partners imported: %1.</source>
        <translation>Импортировано партнёров: %1.</translation>
    </message>
    <message>
        <source>Added partner %1: %2</source>
        <translation>Добавлен партнёр %1: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --kind, --email, ...</source>
        <translation>Нечего менять: укажите хотя бы один из параметров --name, --kind, --email, …</translation>
    </message>
    <message>
        <source>Saved partner %1: %2</source>
        <translation>Партнёр %1 сохранён: %2</translation>
    </message>
    <message>
        <source>Deleted partner %1: %2</source>
        <translation>Партнёр %1 удалён: %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Ценности:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Участвует:</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation>%1 — это папка; укажите имя файла с расширением .pdf.</translation>
    </message>
    <message>
        <source>Give --out FILE.docx or FILE.pdf.</source>
        <translation>Укажите --out ФАЙЛ.docx или ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>%1: give a file name ending in .docx or .pdf.</source>
        <translation>%1: нужно имя файла на .docx или .pdf.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Agreement version %1 with %2 is kept with the collaboration.</source>
        <translation>Соглашение с %2, версия %1, сохранено вместе с сотрудничеством.</translation>
    </message>
    <message>
        <source>Give the signing date: --signed-on DATE.</source>
        <translation>Укажите дату подписания: --signed-on ДАТА.</translation>
    </message>
    <message>
        <source>Agreement version %1 with %2 is signed on %3.</source>
        <translation>Соглашение с %2, версия %1, подписано %3.</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>подписано %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <source>No agreement written yet.</source>
        <translation>Соглашений ещё нет.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Файла резервной копии %1 нет.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Восстановлено из %1 в %2.</translation>
    </message>
    <message>
        <source>Backups of a shared PostgreSQL database are made on the server (pg_dump); this command works on the SQLite file only.</source>
        <translation>Резервные копии общей базы PostgreSQL делаются на сервере (pg_dump); эта команда работает только с файлом SQLite.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; nothing to do.</source>
        <translation>Базы данных в %1 пока нет; делать нечего.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>metrics in rows</source>
        <translation>показатели по строкам</translation>
    </message>
    <message>
        <source>one row per figure</source>
        <translation>одно значение в строке</translation>
    </message>
    <message>
        <source>Imported %1 figure from %2 (%3).</source>
        <translation>Импортировано значений: %1, из %2 (%3).</translation>
    </message>
    <message>
        <source>Imported %1 figures from %2 (%3).</source>
        <translation>Импортировано значений: %1, из %2 (%3).</translation>
    </message>
    <message>
        <source>No statistics yet. Import some with: collabdesk stats import FILE</source>
        <translation>Статистики пока нет. Импортируйте её командой: collabdesk stats import ФАЙЛ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (write e.g. 2026-03, 03.2026 or &apos;март 2026&apos;).</source>
        <translation>«%1» — не месяц (напишите, например, 2026-03, 03.2026 или «март 2026»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>Recorded %1, %2, %3: %4</source>
        <translation>Записано: %1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Recorded %1, %2: %3</source>
        <translation>Записано: %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 has no categories in those twelve months. Record some with: collabdesk stats add NAME PERIOD VALUE --category C</source>
        <translation>У показателя «%1» нет категорий за эти двенадцать месяцев. Добавьте их командой: collabdesk stats add NAME PERIOD VALUE --category C</translation>
    </message>
    <message>
        <source>%1, %2 – %3:</source>
        <translation>%1, %2 – %3:</translation>
    </message>
    <message>
        <source>Restored %1 %2: %3</source>
        <translation>Восстановлено из корзины (%1 %2): %3</translation>
    </message>
    <message>
        <source>Purged from the Trash: %1 (deleted more than %2 d ago).</source>
        <translation>Из корзины окончательно удалено объектов: %1 (удалённых больше %2 дн. назад).</translation>
    </message>
    <message>
        <source>Items in the Trash: %1</source>
        <translation>Объектов в корзине: %1</translation>
    </message>
    <message>
        <source>The library has added no units yet. Add one with: collabdesk units add WORD --lang ru --few F --many M</source>
        <translation>Библиотека ещё не добавляла единиц. Добавьте так: collabdesk units add СЛОВО --lang ru --few F --many M</translation>
    </message>
    <message>
        <source>Added unit %1: %2</source>
        <translation>Добавлена единица %1: %2</translation>
    </message>
    <message>
        <source>Removed unit %1: %2</source>
        <translation>Удалена единица %1: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --legal-name, --inn, ...</source>
        <translation>Нечего менять: укажите хотя бы одно из --legal-name, --inn, ...</translation>
    </message>
    <message>
        <source>Saved the legal details: %1</source>
        <translation>Реквизиты сохранены: %1</translation>
    </message>
    <message>
        <source>An agreement still needs: %1</source>
        <translation>Для соглашения ещё нужно: %1</translation>
    </message>
    <message>
        <source>the library&apos;s own: %1, imported %2</source>
        <translation>собственный бланк библиотеки: %1, загружен %2</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>поставляемый</translation>
    </message>
    <message>
        <source>The %1 template (%2) is now the library&apos;s own: %3</source>
        <translation>Шаблон %1 (%2) теперь собственный бланк библиотеки: %3</translation>
    </message>
    <message>
        <source>The %1 template is the shipped one again.</source>
        <translation>Шаблон %1 снова поставляемый.</translation>
    </message>
    <message>
        <source>The %1 template was the shipped one already.</source>
        <translation>Шаблон %1 и так поставляемый.</translation>
    </message>
    <message>
        <source>Commitment %1 now repeats (--every %2): %3 occurrences from %4 to %5 (ids %6)</source>
        <translation>Обязательство %1 теперь повторяется (--every %2): %3 раз, с %4 по %5 (id: %6)</translation>
    </message>
    <message>
        <source>Added step:%1 to commitment %2: %3</source>
        <translation>Добавлен шаг step:%1 к обязательству %2: %3</translation>
    </message>
    <message>
        <source>Dump folder: %1</source>
        <translation>Папка дампов: %1</translation>
    </message>
    <message>
        <source>No dump folder is set.</source>
        <translation>Папка дампов не задана.</translation>
    </message>
    <message>
        <source>My name: %1</source>
        <translation>Моё имя: %1</translation>
    </message>
    <message>
        <source>My name is not set; set it with `collabdesk settings my-name &quot;Name&quot;`.</source>
        <translation>Моё имя не задано; задайте его: `collabdesk settings my-name &quot;Имя Фамилия&quot;`.</translation>
    </message>
    <message>
        <source>My name is now: %1</source>
        <translation>Моё имя теперь: %1</translation>
    </message>
    <message>
        <source>My name is forgotten.</source>
        <translation>Моё имя стёрто.</translation>
    </message>
    <message>
        <source>--mine needs to know who you are: choose yourself once with `collabdesk staff me ID` (see `collabdesk staff list`) or `collabdesk settings my-name &quot;Your Name&quot;` (or Settings ▸ My name in the window), or give it with --me NAME.</source>
        <translation>--mine нужно знать, кто вы: выберите себя один раз командой `collabdesk staff me ID` (см. `collabdesk staff list`) или `collabdesk settings my-name &quot;Your Name&quot;` (или «Настройки ▸ Моё имя» в окне), либо укажите имя через --me ИМЯ.</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Открытых задач нет.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Задач: %1</translation>
    </message>
    <message>
        <source>Done: step:%1 %2 (%3)</source>
        <translation>Выполнено: step:%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Renewed as collaboration %1: %2, stage “%3” (commitments: %4)</source>
        <translation>Продлено как сотрудничество %1: %2, этап «%3» (обязательств: %4)</translation>
    </message>
    <message>
        <source>There is no branch with id %1; `collabdesk branches list` shows them.</source>
        <translation>Филиала с номером %1 нет; список покажет `collabdesk branches list`.</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>пока ничего не наступило</translation>
    </message>
    <message>
        <source>%1 % on time (%2 of %3)</source>
        <translation>%1 % в срок (%2 из %3)</translation>
    </message>
    <message>
        <source>Nothing to count yet: add a partner and a collaboration (`collabdesk partners add`, `collabdesk collaborations add`), or try `collabdesk demo`.</source>
        <translation>Пока нечего считать: добавьте партнёра и сотрудничество (`collabdesk partners add`, `collabdesk collaborations add`) или попробуйте `collabdesk demo`.</translation>
    </message>
    <message>
        <source>Due this week:</source>
        <translation>На этой неделе:</translation>
    </message>
    <message>
        <source>mine (%1)</source>
        <translation>мои (%1)</translation>
    </message>
    <message>
        <source>my branch</source>
        <translation>мой филиал</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>вся библиотека</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <source>Collaborations by stage:</source>
        <translation>Сотрудничество по этапам:</translation>
    </message>
    <message>
        <source>Value delivered in %1 (by delivery date):</source>
        <translation>Ценность, переданная в %1 году (по дате передачи):</translation>
    </message>
    <message>
        <source>On time, last 12 months:</source>
        <translation>В срок за последние 12 месяцев:</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>библиотека</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Renewals due: %1</source>
        <translation>Пора продлевать: %1</translation>
    </message>
    <message>
        <source>Renewal rate: no completed collaboration yet</source>
        <translation>Доля продлений: завершённых сотрудничеств пока нет</translation>
    </message>
    <message>
        <source>Renewal rate: %1% (%2 of %3 completed renewed)</source>
        <translation>Доля продлений: %1% (продлено %2 из %3 завершённых)</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf or .xlsx.</source>
        <translation>%1 — это папка; укажите имя файла с окончанием .pdf или .xlsx.</translation>
    </message>
    <message>
        <source>The annual report is written as .pdf or .xlsx, not “%1”.</source>
        <translation>Годовой отчёт сохраняется в .pdf или .xlsx, а не в «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>Не удалось записать %1: %2. Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Поля: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Где: %1</translation>
    </message>
    <message>
        <source>Would erase (nothing is changed yet):</source>
        <translation>Будет удалено (пока ничего не изменено):</translation>
    </message>
    <message>
        <source>Erasing cannot be undone, not even by Undo. Run again with --yes to erase.</source>
        <translation>Удаление нельзя отменить, даже командой «Отменить». Чтобы удалить, запустите ещё раз с --yes.</translation>
    </message>
    <message>
        <source>Erased (%1). Logged as erasure %2.</source>
        <translation>Удалено (%1). Записано в журнал удалений под номером %2.</translation>
    </message>
    <message>
        <source>Nothing has been erased.</source>
        <translation>Ничего не удалялось.</translation>
    </message>
    <message>
        <source>The server cannot be read: %1</source>
        <translation>Сервер недоступен для чтения: %1</translation>
    </message>
    <message>
        <source>Server database: reachable.</source>
        <translation>База данных на сервере: доступна.</translation>
    </message>
    <message>
        <source>warning: no dump folder is set, so the age of the server&apos;s backups is unknown; set it with `collabdesk settings dump-folder DIR` or pass `--dumps DIR`.</source>
        <translation>предупреждение: папка дампов не задана, поэтому возраст резервных копий сервера неизвестен; задайте её командой `collabdesk settings dump-folder DIR` или укажите `--dumps DIR`.</translation>
    </message>
    <message>
        <source>warning: no server dump found in %1.</source>
        <translation>предупреждение: в %1 нет ни одного дампа сервера.</translation>
    </message>
    <message>
        <source>Newest server dump: %1 (1 day old): %3</source>
        <translation>Последний дамп сервера: %1 (возраст: 1 дн.): %3</translation>
    </message>
    <message>
        <source>Newest server dump: %1 (%2 days old): %3</source>
        <translation>Последний дамп сервера: %1 (возраст: %2 дн.): %3</translation>
    </message>
    <message>
        <source>warning: the newest server dump is older than %1 days; check the server&apos;s pg_dump schedule.</source>
        <translation>предупреждение: последний дамп сервера старше %1 дн.; проверьте расписание pg_dump на сервере.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql+psycopg://login@server/database).</source>
        <translation>%1 — не адрес PostgreSQL (postgresql+psycopg://логин@сервер/база).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Ещё раз: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Пароли не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The password is empty. Nothing was changed.</source>
        <translation>Пароль пуст. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server at %1 is set up: %2 tables under row-level security. Next: `collabdesk server add-staff` for each person.</source>
        <translation>Сервер %1 настроен: %2 таблиц под защитой на уровне строк. Дальше: `collabdesk server add-staff` для каждого сотрудника.</translation>
    </message>
    <message>
        <source>%1 (staff id %2) logs in as %3, a system coordinator.</source>
        <translation>%1 (сотрудник %2) входит как %3, координатор системы.</translation>
    </message>
    <message>
        <source>%1 (staff id %2) logs in as %3.</source>
        <translation>%1 (сотрудник %2) входит как %3.</translation>
    </message>
    <message>
        <source>The server refused this password for %1. Nothing was kept.</source>
        <translation>Сервер не принял этот пароль для %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The password of %1 is kept in this computer&apos;s keyring. Start CollabDesk with --database-url %2 (or set COLLABDESK_DATABASE_URL to it).</source>
        <translation>Пароль %1 сохранён в хранилище паролей этого компьютера. Запускайте CollabDesk с --database-url %2 (или укажите этот адрес в COLLABDESK_DATABASE_URL).</translation>
    </message>
    <message>
        <source>Branches: %1</source>
        <translation>Филиалов: %1</translation>
    </message>
    <message>
        <source>Added branch %1: %2</source>
        <translation>Добавлен филиал %1: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --city, --contact, ...</source>
        <translation>Менять нечего: укажите хотя бы одно из --name, --city, --contact, ...</translation>
    </message>
    <message>
        <source>Saved branch %1: %2</source>
        <translation>Филиал %1 сохранён: %2</translation>
    </message>
    <message>
        <source>Removed branch %1: %2</source>
        <translation>Филиал %1 удалён: %2</translation>
    </message>
    <message>
        <source>Branch file written: %1 (%2 collaborations, %3 commitments, %4 partners).</source>
        <translation>Файл филиала записан: %1 (сотрудничеств: %2, обязательств: %3, партнёров: %4).</translation>
    </message>
    <message>
        <source>Imported as the branch %1 (id %2).</source>
        <translation>Импортировано как филиал «%1» (id %2).</translation>
    </message>
    <message>
        <source>Nothing was imported yet: add --apply to import.</source>
        <translation>Пока ничего не импортировано: добавьте --apply, чтобы импортировать.</translation>
    </message>
    <message>
        <source>The staff list is empty.</source>
        <translation>Список сотрудников пуст.</translation>
    </message>
    <message>
        <source>Added staff member %1: %2</source>
        <translation>Добавлен сотрудник %1: %2</translation>
    </message>
    <message>
        <source>Saved staff member %1: %2</source>
        <translation>Сотрудник %1 сохранён: %2</translation>
    </message>
    <message>
        <source>Staff member %1 (%2) is active again.</source>
        <translation>Сотрудник %1 (%2) снова активен.</translation>
    </message>
    <message>
        <source>Staff member %1 (%2) is deactivated: kept on their promises, no longer offered.</source>
        <translation>Сотрудник %1 (%2) отключён: остаётся в своих обещаниях, но больше не предлагается.</translation>
    </message>
    <message>
        <source>Removed staff member %1: %2</source>
        <translation>Сотрудник %1 удалён: %2</translation>
    </message>
    <message>
        <source>Nobody is chosen at this computer now.</source>
        <translation>Теперь за этим компьютером никто не выбран.</translation>
    </message>
    <message>
        <source>Nobody is chosen at this computer; choose with `collabdesk staff me ID` (see `collabdesk staff list`).</source>
        <translation>За этим компьютером никто не выбран; выберите себя командой `collabdesk staff me ID` (см. `collabdesk staff list`).</translation>
    </message>
    <message>
        <source>At this computer: staff member %1: %2</source>
        <translation>За этим компьютером: сотрудник %1: %2</translation>
    </message>
    <message>
        <source>“%1” names nobody on the staff list; see `collabdesk staff list`.</source>
        <translation>«%1» — такого сотрудника нет в списке; см. `collabdesk staff list`.</translation>
    </message>
</context>
<context>
    <name>CollaborationBoard</name>
    <message numerus="yes">
        <source>and %n more: filter by partner or use the list to find them</source>
        <translation>
            <numerusform>и ещё %n: выберите партнёра или откройте список, чтобы найти его</numerusform>
            <numerusform>и ещё %n: выберите партнёра или откройте список, чтобы найти их</numerusform>
            <numerusform>и ещё %n: выберите партнёра или откройте список, чтобы найти их</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 %</source>
        <translation>Готовность: %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>CollaborationCommitmentsDialog</name>
    <message>
        <source>Commitments — %1</source>
        <translation>Обязательства — %1</translation>
    </message>
</context>
<context>
    <name>CollaborationDetails</name>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Продление:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Партнёры:</translation>
    </message>
    <message>
        <source>Plan B:</source>
        <translation>План Б:</translation>
    </message>
    <message>
        <source>The library gives:</source>
        <translation>Библиотека даёт:</translation>
    </message>
    <message>
        <source>The partner gives:</source>
        <translation>Партнёр даёт:</translation>
    </message>
    <message>
        <source>Still to prepare:</source>
        <translation>Осталось подготовить:</translation>
    </message>
    <message>
        <source>Checklist %p %</source>
        <translation>Чек-лист: %p %</translation>
    </message>
    <message>
        <source>Stage history:</source>
        <translation>История стадий:</translation>
    </message>
    <message>
        <source>No collaboration selected</source>
        <translation>Проект сотрудничества не выбран</translation>
    </message>
    <message>
        <source>Pick one in the list or on the board, or create a new one.</source>
        <translation>Выберите проект в списке или на доске либо создайте новый.</translation>
    </message>
    <message>
        <source>This collaboration cannot be shown</source>
        <translation>Этот проект сотрудничества не удаётся показать</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing — ready to pitch</source>
        <translation>ничего — можно делать предложение партнёру</translation>
    </message>
    <message>
        <source>renewed as %1</source>
        <translation>продлено: %1</translation>
    </message>
    <message>
        <source>due since %1 — click Renew…</source>
        <translation>пора продлевать с %1 — нажмите «Продлить…»</translation>
    </message>
    <message>
        <source>due from %1</source>
        <translation>можно готовить с %1</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>продолжает: %1</translation>
    </message>
</context>
<context>
    <name>CollaborationForm</name>
    <message>
        <source>New collaboration</source>
        <translation>Новый проект сотрудничества</translation>
    </message>
    <message>
        <source>Title translation (%1)</source>
        <translation>Перевод названия (%1)</translation>
    </message>
    <message>
        <source>Idea translation (%1)</source>
        <translation>Перевод идеи (%1)</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(выбрать позже)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Идея:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнёр:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <source>Give the collaboration a title.</source>
        <translation>Дайте проекту сотрудничества название.</translation>
    </message>
</context>
<context>
    <name>CollaborationList</name>
    <message>
        <source>Collaborations</source>
        <translation>Проекты сотрудничества</translation>
    </message>
</context>
<context>
    <name>CollaborationService</name>
    <message>
        <source>Partner %1 does not take part in collaboration %2.</source>
        <translation>Партнёр %1 не участвует в сотрудничестве %2.</translation>
    </message>
    <message>
        <source>The language is &apos;ru&apos; or &apos;en&apos;, not &apos;%1&apos;.</source>
        <translation>Язык — «ru» или «en», а не «%1».</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>Ответ длиннее %1 символов.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is answered for the whole collaboration, not per partner.</source>
        <translation>На «%1» отвечают для всего сотрудничества, а не для каждого партнёра.</translation>
    </message>
    <message>
        <source>“%1” cannot be completed: commitments still open: %2. Deliver, waive or mark them missed first.</source>
        <translation>«%1» нельзя завершить: открытых обещаний — %2. Сначала выполните их, снимите или отметьте невыполненными.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>This collaboration has no renewal to move promises to.</source>
        <translation>У этого сотрудничества нет продления, куда можно перенести обещания.</translation>
    </message>
    <message>
        <source>Commitment %1 is not an open promise of this collaboration.</source>
        <translation>Обязательство %1 — не открытое обещание этого сотрудничества.</translation>
    </message>
    <message>
        <source>Say why the collaboration is moved to “%1”: the reason is required.</source>
        <translation>Укажите, почему сотрудничество переводится в стадию «%1»: причина обязательна.</translation>
    </message>
</context>
<context>
    <name>CollaborationTableModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>продлено</translation>
    </message>
    <message>
        <source>due</source>
        <translation>пора продлевать</translation>
    </message>
    <message>
        <source>A renewal has been prepared; the details link to it.</source>
        <translation>Продление уже подготовлено; ссылка на него — в подробностях.</translation>
    </message>
    <message>
        <source>The renewal has been due since %1: select it and click Renew…</source>
        <translation>Продлевать пора с %1: выберите сотрудничество и нажмите «Продлить…»</translation>
    </message>
</context>
<context>
    <name>CollaborationsView</name>
    <message>
        <source>What the collaboration achieved: attendance, impressions, media, quotes</source>
        <translation>Чего добилось сотрудничество: посетители, показы, публикации, цитаты</translation>
    </message>
    <message>
        <source>Write the recap PDF: for the partner, or internal</source>
        <translation>Итоговый отчёт в PDF: для партнёра или внутренний</translation>
    </message>
    <message>
        <source>Results are recorded once delivery has begun (stage “delivering”).</source>
        <translation>Результаты записываются, когда началось выполнение (этап «Выполнение»).</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Результаты…</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Итоги…</translation>
    </message>
    <message>
        <source>Start a new collaboration</source>
        <translation>Начать новый проект сотрудничества</translation>
    </message>
    <message>
        <source>Prepare this collaboration with the five-step checklist</source>
        <translation>Подготовить проект по чек-листу из пяти шагов</translation>
    </message>
    <message>
        <source>Prepare next year&apos;s collaboration, with its partners and promises</source>
        <translation>Подготовить сотрудничество на следующий год — с теми же партнёрами и обязательствами</translation>
    </message>
    <message>
        <source>The agreement with a partner, its signed copy, acts of transfer</source>
        <translation>Соглашение с партнёром, подписанный экземпляр, акты приёма-передачи</translation>
    </message>
    <message>
        <source>The database is still opening.</source>
        <translation>База данных ещё открывается.</translation>
    </message>
    <message>
        <source>Select a collaboration in the list or on the board first.</source>
        <translation>Сначала выберите проект в списке или на доске.</translation>
    </message>
    <message>
        <source>A pitch is written for a partner, and this collaboration has none yet.</source>
        <translation>Предложение пишется для партнёра, а у этого проекта партнёра пока нет.</translation>
    </message>
    <message>
        <source>“%1” has no next stage; drag the card on the board to move it.</source>
        <translation>После этапа «%1» следующего нет; чтобы перенести проект, перетащите его карточку на доске.</translation>
    </message>
    <message>
        <source>Documents are written for a partner; there is none yet.</source>
        <translation>Документы пишутся для партнёра, а его пока нет.</translation>
    </message>
    <message>
        <source>Already renewed; the details link to the renewal.</source>
        <translation>Уже продлено; ссылка на продление — в подробностях.</translation>
    </message>
    <message>
        <source>A declined collaboration is not renewed.</source>
        <translation>Отклонённое сотрудничество не продлевается.</translation>
    </message>
    <message>
        <source>Give the collaboration its end date first: the renewal is prepared in the last months before the end.</source>
        <translation>Сначала укажите дату окончания: продление готовят в последние месяцы перед окончанием.</translation>
    </message>
    <message>
        <source>The renewal can be prepared from %1.</source>
        <translation>Продление можно готовить с %1.</translation>
    </message>
    <message>
        <source>Show the stage</source>
        <translation>Показывать этап</translation>
    </message>
    <message>
        <source>Show the partner</source>
        <translation>Показывать партнёра</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <source>Show the branch</source>
        <translation>Показывать филиал</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Пора продлевать</translation>
    </message>
    <message>
        <source>Only the collaborations whose renewal is due and not yet prepared</source>
        <translation>Только сотрудничества, которые пора продлевать и продление которых ещё не подготовлено</translation>
    </message>
    <message>
        <source>Collaborations as a list or a board</source>
        <translation>Проекты списком или доской</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Checklist…</source>
        <translation>Чек-лист…</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Следующий этап</translation>
    </message>
    <message>
        <source>Pitch…</source>
        <translation>Предложение партнёру…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Write the pitch PDF for a partner of this collaboration</source>
        <translation>Подготовить PDF с предложением для партнёра этого проекта</translation>
    </message>
    <message>
        <source>Commitments…</source>
        <translation>Обязательства…</translation>
    </message>
    <message>
        <source>What each side promises in this collaboration, and the value balance</source>
        <translation>Что обещает каждая сторона в этом проекте и баланс стоимости</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Продлить…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every change of this collaboration, its answers and its commitments</source>
        <translation>Все изменения проекта, ответов чек-листа и обязательств</translation>
    </message>
    <message>
        <source>Move to the next stage (Ctrl+Shift+Right)</source>
        <translation>Перевести на следующий этап (Ctrl+Shift+Вправо)</translation>
    </message>
    <message>
        <source>Present…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <source>Show the pitch full screen to the partner</source>
        <translation>Показать предложение партнёру на весь экран</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>Collaborations cannot be shown</source>
        <translation>Проекты сотрудничества не удаётся показать</translation>
    </message>
    <message>
        <source>No collaborations yet. Click “New collaboration…” to start one; the checklist wizard then helps you prepare it.</source>
        <translation>Проектов сотрудничества пока нет. Нажмите «Новый проект…», чтобы начать, — мастер чек-листа поможет его подготовить.</translation>
    </message>
    <message>
        <source>No collaboration matches these filters.</source>
        <translation>Нет проектов, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <source>Renewal rate: shown once a collaboration is completed.</source>
        <translation>Доля продлений появится, когда завершится первое сотрудничество.</translation>
    </message>
    <message>
        <source>Renewal rate: %1 % — %2 of %3 completed collaborations renewed</source>
        <translation>Доля продлений: %1 % — продлено %2 из %3 завершённых сотрудничеств</translation>
    </message>
    <message>
        <source>Prepare the collaboration</source>
        <translation>Подготовка проекта сотрудничества</translation>
    </message>
    <message>
        <source>The collaboration was created. Prepare it now with the five-step checklist? You can stop at any page and come back later.</source>
        <translation>Проект сотрудничества создан. Подготовить его сейчас по чек-листу из пяти шагов? Можно остановиться на любой странице и вернуться позже.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Prepare the renewal of “%1”? A new collaboration is created at the stage “preparing”, with the same partners, the promises planned a year later and the make-goods still owed moved across.</source>
        <translation>Подготовить продление «%1»? Будет создано новое сотрудничество на этапе «Подготовка» с теми же партнёрами и обязательствами, перенесёнными на год вперёд; ещё не выполненные возмещения перейдут в него.</translation>
    </message>
    <message>
        <source>Renew for next year</source>
        <translation>Продление на следующий год</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>Не продлено</translation>
    </message>
    <message>
        <source>The checklist cannot be opened</source>
        <translation>Чек-лист не удаётся открыть</translation>
    </message>
    <message>
        <source>The stage was not changed</source>
        <translation>Этап не изменён</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>&amp;Collaborations</source>
        <translation>Со&amp;трудничество</translation>
    </message>
    <message>
        <source>&amp;New collaboration…</source>
        <translation>&amp;Новый проект сотрудничества…</translation>
    </message>
    <message>
        <source>Prepare with the &amp;checklist…</source>
        <translation>Подготовить по &amp;чек-листу…</translation>
    </message>
    <message>
        <source>Move to the ne&amp;xt stage</source>
        <translation>Перевести на &amp;следующий этап</translation>
    </message>
    <message>
        <source>&amp;Advertising package…</source>
        <translation>&amp;Рекламный пакет…</translation>
    </message>
    <message>
        <source>Checklist &amp;questions…</source>
        <translation>&amp;Вопросы чек-листа…</translation>
    </message>
    <message>
        <source>Co&amp;mmitments…</source>
        <translation>Об&amp;язательства проекта…</translation>
    </message>
    <message>
        <source>&amp;Renew for next year…</source>
        <translation>Продлить на следующий &amp;год…</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Choose a collaboration.</source>
        <translation>Выберите сотрудничество.</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Новое обязательство</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Изменение обязательства</translation>
    </message>
    <message>
        <source>What exactly is promised</source>
        <translation>Что именно обещано</translation>
    </message>
    <message>
        <source>What: translation (%1)</source>
        <translation>Что обещано: перевод (%1)</translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation>например, 200</translation>
    </message>
    <message>
        <source>unit: posters, hours, m²…</source>
        <translation>единица: плакаты, часы, м²…</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Who on staff sees it through</source>
        <translation>Кто из сотрудников отвечает за выполнение</translation>
    </message>
    <message>
        <source>estimated value, e.g. %1</source>
        <translation>оценочная стоимость, например %1</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>Стоимость замены</translation>
    </message>
    <message>
        <source>Declared by the partner</source>
        <translation>Со слов партнёра</translation>
    </message>
    <message>
        <source>A quote</source>
        <translation>По смете</translation>
    </message>
    <message>
        <source>Reach × rate</source>
        <translation>Охват × расценка</translation>
    </message>
    <message>
        <source>Their person, if known</source>
        <translation>Их сотрудник, если известен</translation>
    </message>
    <message>
        <source>C&amp;ollaboration:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>П&amp;артнёр:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>С&amp;тоимость:</translation>
    </message>
    <message>
        <source>Valued &amp;by:</source>
        <translation>Как &amp;оценено:</translation>
    </message>
    <message>
        <source>Collaboration %1</source>
        <translation>Проект %1</translation>
    </message>
    <message>
        <source>There is no collaboration yet: create one first, then add its promises.</source>
        <translation>Проектов сотрудничества пока нет: сначала создайте проект, затем добавьте его обещания.</translation>
    </message>
    <message>
        <source>No particular partner</source>
        <translation>Без конкретного партнёра</translation>
    </message>
</context>
<context>
    <name>CommitmentImport</name>
    <message>
        <source>%1 “%2” is not a real date</source>
        <translation>%1: «%2» — несуществующая дата</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date like 31.12.2026 or 2026-12-31</source>
        <translation>%1: «%2» — не дата вида 31.12.2026 или 2026-12-31</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number</source>
        <translation>%1: «%2» — не число</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <translation>%1: «%2» — не одно из значений %3</translation>
    </message>
    <message>
        <source>Direction “%1” is not library_gives or partner_gives</source>
        <translation>Сторона «%1» — не library_gives и не partner_gives</translation>
    </message>
    <message>
        <source>the quantity is negative</source>
        <translation>количество отрицательное</translation>
    </message>
    <message>
        <source>the value is negative</source>
        <translation>стоимость отрицательная</translation>
    </message>
    <message>
        <source>a waived promise needs its reason: import it open and waive it in the tracker</source>
        <translation>для отменённого обязательства нужна причина: импортируйте его открытым и отмените в списке обязательств</translation>
    </message>
    <message>
        <source>Columns for %1 are missing. Columns found: %2.</source>
        <translation>Нет столбцов для: %1. Найдены столбцы: %2.</translation>
    </message>
    <message>
        <source>there is no collaboration “%1”</source>
        <translation>сотрудничества «%1» нет</translation>
    </message>
    <message>
        <source>%1 collaborations are called “%2”; rename one (e.g. add the year) first</source>
        <translation>сотрудничеств с названием «%2» несколько (%1); сначала переименуйте одно из них (например, добавьте год)</translation>
    </message>
    <message>
        <source>there is no partner “%1”</source>
        <translation>партнёра «%1» нет</translation>
    </message>
    <message>
        <source>“%1” does not take part in “%2”</source>
        <translation>«%1» не участвует в «%2»</translation>
    </message>
    <message>
        <source>Cannot export commitments to “%1”; use .csv or .xlsx.</source>
        <translation>Обязательства нельзя выгрузить в формат «%1»; используйте .csv или .xlsx.</translation>
    </message>
    <message>
        <source>already in this collaboration</source>
        <translation>уже есть в этом проекте</translation>
    </message>
    <message>
        <source>the same as row %1</source>
        <translation>то же, что в строке %1</translation>
    </message>
</context>
<context>
    <name>CommitmentLabels</name>
    <message>
        <source>We give</source>
        <translation>Мы даём</translation>
    </message>
    <message>
        <source>We get</source>
        <translation>Мы получаем</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Отменено по согласию</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>no proof</source>
        <translation>нет подтверждения</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message numerus="yes">
        <source>(%n days late)</source>
        <translation>
            <numerusform>(опоздание %n день)</numerusform>
            <numerusform>(опоздание %n дня)</numerusform>
            <numerusform>(опоздание %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>пока нет данных</translation>
    </message>
    <message>
        <source>%1% on time (%2 of %3)</source>
        <translation>%1% в срок (%2 из %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>не выполнено: %n</numerusform>
            <numerusform>не выполнено: %n</numerusform>
            <numerusform>не выполнено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation>
            <numerusform>отменено: %n</numerusform>
            <numerusform>отменено: %n</numerusform>
            <numerusform>отменено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <comment>unit of time</comment>
        <translation>день</translation>
    </message>
    <message>
        <source>%1 late on average</source>
        <translation>в среднем опоздание %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <source>Ours to them: %1</source>
        <translation>Библиотека перед партнёром: %1</translation>
    </message>
</context>
<context>
    <name>CommitmentSeries</name>
    <message>
        <source>Give either how many times in all or the last date, not both and not neither.</source>
        <translation>Укажите либо сколько раз всего, либо последнюю дату — что-то одно.</translation>
    </message>
    <message>
        <source>A schedule repeats %1 to %2 times in all; %3 is not possible.</source>
        <translation>Повторять можно от %1 до %2 раз всего; %3 — нельзя.</translation>
    </message>
    <message>
        <source>The last date %1 is before the first due date %2; pick a later last date.</source>
        <translation>Последняя дата %1 раньше первого срока %2; выберите последнюю дату позже.</translation>
    </message>
    <message>
        <source>Up to %1 the schedule would repeat more than %2 times; pick an earlier last date.</source>
        <translation>До %1 получится больше %2 повторов; выберите последнюю дату раньше.</translation>
    </message>
    <message>
        <source>Up to %1 there is only the first due date, %2; pick a later last date.</source>
        <translation>До %1 есть только первый срок, %2; выберите последнюю дату позже.</translation>
    </message>
    <message>
        <source>Commitment %1 is already occurrence %2 of a schedule; change the dates of its occurrences one by one instead.</source>
        <translation>Обязательство %1 уже является повтором %2 расписания; меняйте сроки повторов по одному.</translation>
    </message>
    <message>
        <source>Commitment %1 is %2; only a planned or started promise can be repeated.</source>
        <translation>Обязательство %1 — «%2»; повторять можно только запланированное или начатое.</translation>
    </message>
    <message>
        <source>Commitment %1 has no due date; give it the first due date, then repeat it.</source>
        <translation>У обязательства %1 нет срока; укажите первый срок, затем настройте повтор.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>Нет расписания с id %1.</translation>
    </message>
</context>
<context>
    <name>CommitmentService</name>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range.</source>
        <translation>Число «%1» вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code like RUB.</source>
        <translation>Валюта — это трёхбуквенный код, например RUB.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>A commitment cannot go from “%1” to “%2”.</source>
        <translation>Обязательство нельзя перевести из состояния «%1» в «%2».</translation>
    </message>
    <message>
        <source>The delivery date is in the future; pick today or earlier.</source>
        <translation>Дата выполнения ещё не наступила; укажите сегодняшнюю или более раннюю.</translation>
    </message>
    <message>
        <source>There is no commitment with id %1.</source>
        <translation>Обязательства с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
    <message>
        <source>Only a missed commitment can get a make-good; mark it missed first.</source>
        <translation>Возмещение можно назначить только для просроченного обязательства; сначала отметьте его как невыполненное.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>CommitmentTrackerPane</name>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation>Шаги…</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>Повторять…</translation>
    </message>
    <message>
        <source>Commitment actions</source>
        <translation>Действия с обязательствами</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n commitment(s)</source>
        <translation>
            <numerusform>более %n обязательства</numerusform>
            <numerusform>более %n обязательств</numerusform>
            <numerusform>более %n обязательств</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a commitment first.</source>
        <translation>Сначала выберите обязательство.</translation>
    </message>
    <message>
        <source>Only a planned or started commitment can be changed this way.</source>
        <translation>Так можно изменить только запланированное или начатое обязательство.</translation>
    </message>
    <message>
        <source>Start work on the selected commitment</source>
        <translation>Начать работу над выбранным обязательством</translation>
    </message>
    <message>
        <source>Only a planned commitment can be started.</source>
        <translation>Начать можно только запланированное обязательство.</translation>
    </message>
    <message>
        <source>Record the delivery and its proof (Ctrl+D)</source>
        <translation>Отметить выполнение и приложить подтверждение (Ctrl+D)</translation>
    </message>
    <message>
        <source>Both sides agreed it is no longer needed</source>
        <translation>Обе стороны договорились, что это больше не нужно</translation>
    </message>
    <message>
        <source>It was not delivered and will not be</source>
        <translation>Не выполнено и уже не будет выполнено</translation>
    </message>
    <message>
        <source>Promise something instead of a missed commitment</source>
        <translation>Пообещать что-то взамен невыполненного обязательства</translation>
    </message>
    <message>
        <source>Only a missed commitment can be made good.</source>
        <translation>Возместить можно только невыполненное обязательство.</translation>
    </message>
    <message>
        <source>Repeat it every week, month or quarter, each time with its own date</source>
        <translation>Повторять каждую неделю, месяц или квартал — у каждого повтора свой срок</translation>
    </message>
    <message>
        <source>Only a planned or started commitment with a due date, not yet repeating, can be repeated.</source>
        <translation>Повторять можно только запланированное или начатое обязательство со сроком, которое ещё не повторяется.</translation>
    </message>
    <message>
        <source>Edit the selected commitment (Enter)</source>
        <translation>Изменить выбранное обязательство (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected commitment (Delete)</source>
        <translation>Удалить выбранное обязательство (Delete)</translation>
    </message>
    <message>
        <source>Steps of the selected commitment: what, who, by when (Ctrl+T)</source>
        <translation>Шаги выбранного обязательства: что, кто, к какому сроку (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add a promise of either side (Ctrl+Shift+N)</source>
        <translation>Добавить обещание любой из сторон (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>There is no collaboration yet: a commitment belongs to one. Create a collaboration first.</source>
        <translation>Проектов пока нет, а обязательство всегда относится к проекту. Сначала создайте проект.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Mark delivered…</source>
        <translation>Отметить выполненным…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Отменить по согласию…</translation>
    </message>
    <message>
        <source>Mark missed…</source>
        <translation>Отметить невыполненным…</translation>
    </message>
    <message>
        <source>Make good…</source>
        <translation>Возместить…</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Добавить обязательство…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>No commitments yet. Add what each side promises to a collaboration; they appear here with their due dates.</source>
        <translation>Обязательств пока нет. Добавьте к проекту сотрудничества, что обещает каждая сторона, — обязательства появятся здесь со своими сроками.</translation>
    </message>
    <message>
        <source>No commitment matches these filters. Clear a filter to see more.</source>
        <translation>Нет обязательств, подходящих под эти фильтры. Сбросьте какой-нибудь фильтр, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>%1: we give %2 (delivered %3), we get %4 (delivered %5)</source>
        <translation>%1: мы даём %2 (выполнено %3), мы получаем %4 (выполнено %5)</translation>
    </message>
    <message>
        <source>one-sided!</source>
        <translation>перекос!</translation>
    </message>
    <message>
        <source>No values estimated yet.</source>
        <translation>Стоимость пока не оценена.</translation>
    </message>
</context>
<context>
    <name>CommitmentsSection</name>
    <message>
        <source>Tracker</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Репутация</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Завершить «%1»</translation>
    </message>
    <message>
        <source>Move to the renewal “%1”</source>
        <translation>Перенести в продление «%1»</translation>
    </message>
    <message>
        <source>Move to a renewal (created now)</source>
        <translation>Перенести в продление (будет создано)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Waive, with a reason</source>
        <translation>Отменить, с причиной</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>These promises are still open. Say what became of each one; the collaboration is completed with all of them, in one step you can undo.</source>
        <translation>Эти обещания ещё открыты. Укажите, что стало с каждым; сотрудничество завершится вместе с ними одним шагом, который можно отменить.</translation>
    </message>
    <message>
        <source>Set every row to</source>
        <translation>Для всех строк</translation>
    </message>
    <message>
        <source>Set every row to…</source>
        <translation>Для всех строк…</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Открытые обещания</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Что с ним стало</translation>
    </message>
    <message>
        <source>Date or reason</source>
        <translation>Дата или причина</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>The library gives</source>
        <translation>Библиотека даёт</translation>
    </message>
    <message>
        <source>The partner gives</source>
        <translation>Партнёр даёт</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>What became of “%1”</source>
        <translation>Что стало с «%1»</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Why is it waived? (required)</source>
        <translation>Почему отменено? (обязательно)</translation>
    </message>
    <message>
        <source>Why is it waived?</source>
        <translation>Почему отменено?</translation>
    </message>
    <message>
        <source>Say why “%1” is waived: the reason is required.</source>
        <translation>Укажите, почему «%1» отменено: причина обязательна.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим сотрудником</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else since you opened it. Your changes are not saved yet. Choose what to keep.</source>
        <translation>Пока вы работали, другой сотрудник изменил эту запись (%1). Ваши изменения ещё не сохранены. Выберите, что оставить.</translation>
    </message>
    <message>
        <source>Their saved version</source>
        <translation>Сохранённая версия коллеги</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Загрузить версию коллеги</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Записать поверх свою</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;Скопировать мой текст</translation>
    </message>
    <message>
        <source>Your text is on the clipboard.</source>
        <translation>Ваш текст скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редактирование контакта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контактного лица с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>CollabDesk ran into a problem</source>
        <translation>В CollabDesk произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside CollabDesk. What you saved before is safe; the last action may not have finished, so please check it.

If it happens again, copy the details and send them to whoever looks after CollabDesk for your library.</source>
        <translation>В работе CollabDesk что-то пошло не так. Всё, что было сохранено раньше, в целости; последнее действие могло не завершиться — пожалуйста, проверьте его.

Если ошибка повторится, скопируйте подробности и отправьте их тому, кто отвечает за CollabDesk в вашей библиотеке.</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Подробности записаны и в журнал: %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Чьи показатели</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Пересчитать</translation>
    </message>
    <message>
        <source>Count every figure again now (F5)</source>
        <translation>Пересчитать все показатели сейчас (F5)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Считаем…</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <source>Collaborations by stage</source>
        <translation>Сотрудничество по этапам</translation>
    </message>
    <message>
        <source>On time, last 12 months</source>
        <translation>В срок за 12 месяцев</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Пора продлевать</translation>
    </message>
    <message>
        <source>Nothing to count yet</source>
        <translation>Пока нечего считать</translation>
    </message>
    <message>
        <source>This overview shows what is due this week, collaborations by stage, the value given and received, who keeps promises on time and the renewals coming due. Start by adding a partner, then a collaboration with what each side promises; or load the demo data to see it filled in.</source>
        <translation>Обзор показывает, что нужно сделать на этой неделе, сотрудничество по этапам, переданную и полученную ценность, кто выполняет обещания в срок и какие договорённости пора продлевать. Начните с партнёра, затем добавьте сотрудничество и обещания сторон — или загрузите демо-данные, чтобы увидеть обзор заполненным.</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Вся библиотека</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>пересчитываем…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Мои (%1)</translation>
    </message>
    <message>
        <source>My branch</source>
        <translation>Мой филиал</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (просрочено: %2)</translation>
    </message>
    <message>
        <source>Open This week</source>
        <translation>Открыть «Эта неделя»</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Set your name (Tasks ▸ Set my name…) to see your own queue first.</source>
        <translation>Укажите своё имя (Задачи ▸ Указать моё имя…), чтобы первой видеть свою очередь.</translation>
    </message>
    <message>
        <source>Nothing overdue or due in the next seven days.</source>
        <translation>Ничего не просрочено и ничего не нужно сделать в ближайшие семь дней.</translation>
    </message>
    <message>
        <source>Open the collaborations at this stage</source>
        <translation>Открыть сотрудничество на этом этапе</translation>
    </message>
    <message>
        <source>collaborations, %1 under way</source>
        <translation>всего, в работе: %1</translation>
    </message>
    <message>
        <source>No collaboration yet: add one.</source>
        <translation>Сотрудничества пока нет — добавьте первое.</translation>
    </message>
    <message>
        <source>Value received in %1</source>
        <translation>Получено в %1 году</translation>
    </message>
    <message>
        <source>Value given in %1</source>
        <translation>Передано в %1 году</translation>
    </message>
    <message>
        <source>Whole collaboration</source>
        <translation>Всему сотрудничеству</translation>
    </message>
    <message>
        <source>Open these deliveries in the tracker</source>
        <translation>Открыть эти передачи в трекере</translation>
    </message>
    <message>
        <source>Nothing with a value delivered yet this year.</source>
        <translation>В этом году ещё ничего с оценкой не передано.</translation>
    </message>
    <message>
        <source>Each currency is measured on its own; they are never added.</source>
        <translation>Каждая валюта считается отдельно, валюты не складываются.</translation>
    </message>
    <message>
        <source>Open these commitments in the tracker</source>
        <translation>Открыть эти обязательства в трекере</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>of the library&apos;s promises kept on time</source>
        <translation>обещаний библиотеки выполнено в срок</translation>
    </message>
    <message numerus="yes">
        <source>The library is late on %n commitment(s).</source>
        <translation>
            <numerusform>Библиотека опаздывает с %n обязательством.</numerusform>
            <numerusform>Библиотека опаздывает с %n обязательствами.</numerusform>
            <numerusform>Библиотека опаздывает с %n обязательствами.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>срок ещё не наступил</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 из %3)</translation>
    </message>
    <message>
        <source>to renew or close</source>
        <translation>пора продлить или завершить</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Open the collaborations whose renewal is due</source>
        <translation>Открыть сотрудничество, которое пора продлевать</translation>
    </message>
    <message>
        <source>No renewal is due.</source>
        <translation>Продлевать пока нечего.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered in %1 · %2</source>
        <translation>Передано в %1 · %2</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation>Срок с %1</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Check the data thoroughly</source>
        <translation>&amp;Тщательно проверить данные</translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation>Резервное копирование данных…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>A backup checked thoroughly (integrity_check) was written to %1</source>
        <translation>Резервная копия с полной проверкой (integrity_check) записана в %1</translation>
    </message>
    <message>
        <source>A verified backup (quick_check) was written to %1</source>
        <translation>Проверенная резервная копия (quick_check) записана в %1</translation>
    </message>
    <message>
        <source>Checking the data thoroughly…</source>
        <translation>Тщательная проверка данных…</translation>
    </message>
    <message>
        <source>The check did not run</source>
        <translation>Проверка не выполнена</translation>
    </message>
    <message>
        <source>Check the data thoroughly</source>
        <translation>Тщательная проверка данных</translation>
    </message>
    <message>
        <source>The data passed the full integrity check: every page, every table and every index agree.</source>
        <translation>Данные прошли полную проверку целостности: все страницы, таблицы и индексы согласованы.</translation>
    </message>
    <message>
        <source>The data failed its integrity check (%1). Keep working only to copy out what you need, and restore the newest good backup with File → Restore from backup….</source>
        <translation>Данные не прошли проверку целостности (%1). Работайте дальше только чтобы скопировать нужное и восстановите последнюю исправную резервную копию: Файл → Восстановить из резервной копии….</translation>
    </message>
    <message>
        <source>A backup or a check is already running; its progress is at the top of the window.</source>
        <translation>Резервное копирование или проверка уже идёт; ход работы виден вверху окна.</translation>
    </message>
    <message>
        <source>Checking the backup before restoring it…</source>
        <translation>Проверка резервной копии перед восстановлением…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Импорт партнёров…</translation>
    </message>
    <message>
        <source>E&amp;xport partners…</source>
        <translation>&amp;Экспорт партнёров…</translation>
    </message>
    <message>
        <source>Import co&amp;mmitments…</source>
        <translation>Импорт &amp;обязательств…</translation>
    </message>
    <message>
        <source>Export commi&amp;tments…</source>
        <translation>Экспорт о&amp;бязательств…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>The shared PostgreSQL database is backed up on its server.</source>
        <translation>Резервные копии общей базы PostgreSQL делаются на её сервере.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>CollabDesk backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии CollabDesk (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? The current data is backed up first.</source>
        <translation>Заменить текущие данные резервной копией %1? Сначала будет сделана резервная копия текущих данных.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The data from %1 is back.</source>
        <translation>Данные из %1 восстановлены.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Импорт партнёров</translation>
    </message>
    <message>
        <source>Import commitments</source>
        <translation>Импорт обязательств</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Таблицы и контакты (*.csv *.txt *.tsv *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Этот файл не удаётся импортировать</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Экспорт партнёров</translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation>Экспорт обязательств</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;vCard contacts (*.vcf)</source>
        <translation>CSV для Excel (*.csv);;Книга Excel (*.xlsx);;Контакты vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Ничего не экспортировано</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
</context>
<context>
    <name>DataMenuCounts</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортировано %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n запись сохранена в %1</numerusform>
            <numerusform>%n записи сохранены в %1</numerusform>
            <numerusform>%n записей сохранено в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Дата выполнения:</translation>
    </message>
    <message>
        <source>Proof &amp;file:</source>
        <translation>&amp;Файл подтверждения:</translation>
    </message>
    <message>
        <source>Proof &amp;link:</source>
        <translation>&amp;Ссылка на подтверждение:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Кто записал:</translation>
    </message>
    <message>
        <source>Choose the proof file</source>
        <translation>Выберите файл подтверждения</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.odt);;All files (*)</source>
        <translation>Фото, сканы и документы (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.odt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>A photo, scan or PDF; it is copied</source>
        <translation>Фото, скан или PDF; файл будет скопирован</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>or a link, e.g. to a photo album</source>
        <translation>или ссылка, например на фотоальбом</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>Нет подтверждения</translation>
    </message>
    <message>
        <source>Mark delivered without proof? It will show as “delivered, no proof” until you add a photo, scan or link.</source>
        <translation>Отметить выполненным без подтверждения? Пока вы не добавите фото, скан или ссылку, оно будет показано как «выполнено, нет подтверждения».</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The folder %1 already holds files that are not CollabDesk&apos;s demo; nothing was changed.</source>
        <translation>В папке %1 уже есть файлы, и это не демо CollabDesk; ничего не изменено.</translation>
    </message>
    <message>
        <source>Demo data exists in Russian (ru) and English (en), not &apos;%1&apos;.</source>
        <translation>Демонстрационные данные есть на русском (ru) и английском (en), но не на «%1».</translation>
    </message>
    <message>
        <source>The database already holds partners; demo data is only added to an empty one.</source>
        <translation>В базе данных уже есть партнёры; демонстрационные данные добавляются только в пустую базу.</translation>
    </message>
</context>
<context>
    <name>DemoFolder</name>
    <message>
        <source>Try the demo</source>
        <translation>Демоверсия</translation>
    </message>
    <message>
        <source>Your data is on a database server, so the demo is not opened from here. Start CollabDesk with --data-dir and an empty folder to try it.</source>
        <translation>Ваши данные хранятся на сервере баз данных, поэтому отсюда демоверсия не открывается. Чтобы её посмотреть, запустите CollabDesk с --data-dir и пустой папкой.</translation>
    </message>
    <message>
        <source>CollabDesk will restart with demo data in a folder of its own (%1). Your own data stays as it is. To come back: File → Leave the demo.</source>
        <translation>CollabDesk перезапустится с демоданными в отдельной папке (%1). Ваши данные останутся как есть. Чтобы вернуться: Файл → Выйти из демоверсии.</translation>
    </message>
    <message>
        <source>&amp;Leave the demo</source>
        <translation>&amp;Выйти из демоверсии</translation>
    </message>
    <message>
        <source>This is the demo, in a folder of its own: nothing here touches your data. To go back to your data: File → Leave the demo.</source>
        <translation>Это демоверсия в отдельной папке: ничто здесь не затрагивает ваши данные. Чтобы вернуться к своим данным: Файл → Выйти из демоверсии.</translation>
    </message>
    <message>
        <source>&amp;Try the demo…</source>
        <translation>&amp;Попробовать демоверсию…</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>There is no template called &apos;%1&apos;; there are: %2.</source>
        <translation>Шаблона «%1» нет; есть: %2.</translation>
    </message>
    <message>
        <source>Templates are in %1, not &apos;%2&apos;.</source>
        <translation>Шаблоны бывают на языках %1, не «%2».</translation>
    </message>
    <message>
        <source>The template file is larger than 20 MB.</source>
        <translation>Файл шаблона больше 20 МБ.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файл не читается: %1</translation>
    </message>
    <message>
        <source>The file is not a Word .docx file.</source>
        <translation>Это не файл Word (.docx).</translation>
    </message>
    <message>
        <source>The template uses the merge field &apos;%1&apos;, which does not exist (docs/templates.md lists the fields).</source>
        <translation>В шаблоне есть поле «%1», а такого поля нет (список полей — в docs/templates.md).</translation>
    </message>
    <message>
        <source>The template has a broken merge field (%1) near: %2</source>
        <translation>В шаблоне испорченное поле (%1) рядом с текстом: %2</translation>
    </message>
    <message>
        <source>The template cannot be filled: %1</source>
        <translation>Шаблон не заполняется: %1</translation>
    </message>
    <message>
        <source>The Word file is damaged: %1</source>
        <translation>Файл Word повреждён: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Write &amp;agreement…</source>
        <translation>Написать &amp;соглашение…</translation>
    </message>
    <message>
        <source>Acknowledgement of &amp;transfer…</source>
        <translation>&amp;Акт приёма-передачи…</translation>
    </message>
    <message>
        <source>Attach &amp;signed agreement…</source>
        <translation>Приложить &amp;подписанное соглашение…</translation>
    </message>
    <message>
        <source>&amp;Letter to the partner</source>
        <translation>&amp;Письмо партнёру</translation>
    </message>
    <message>
        <source>&amp;Follow-up after the pitch…</source>
        <translation>&amp;После предложения…</translation>
    </message>
    <message>
        <source>&amp;Reminder: your part is due…</source>
        <translation>&amp;Напоминание о сроках…</translation>
    </message>
    <message>
        <source>&amp;Thank-you after delivery…</source>
        <translation>&amp;Благодарность после исполнения…</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No partners yet</source>
        <translation>Партнёров пока нет</translation>
    </message>
    <message>
        <source>Add the businesses, artists, designers and media you work with, or load demo data to look around first.</source>
        <translation>Добавьте компании, художников, дизайнеров и СМИ, с которыми работает библиотека, — или сначала загрузите демонстрационные данные, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
</context>
<context>
    <name>EraseContactDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (%2)?</source>
        <translation>Удалить персональные данные: %1 (%2)?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Удалить персональные данные: %1?</translation>
    </message>
    <message>
        <source>• nothing left to erase: it was erased before</source>
        <translation>• удалять больше нечего: данные уже удалены</translation>
    </message>
    <message>
        <source>The name becomes “%1”; these fields are emptied: %2. The role and the partner stay.

What changes:
%3

Mentions of the full name, e-mail or phone in this partner&apos;s interactions are replaced too, in their history and in the Trash. A first name alone is not found.</source>
        <translation>Имя станет «%1»; эти поля будут очищены: %2. Должность и партнёр останутся.

Что изменится:
%3

Упоминания полного имени, e-mail или телефона во взаимодействиях с этим партнёром тоже будут заменены — и в их истории, и в Корзине. Одно лишь имя без фамилии не ищется.</translation>
    </message>
    <message>
        <source>This cannot be undone, not even with Undo: the erased values are gone from the change history too. Backups keep them until they expire. The erasure log (Help → Erasure log) records that it happened, never the data.</source>
        <translation>Это нельзя отменить, даже командой «Отменить»: удалённые значения исчезнут и из истории изменений. В резервных копиях они останутся до истечения срока их хранения. Журнал удалений (Справка → Журнал удалений) записывает только сам факт удаления, без данных.</translation>
    </message>
    <message>
        <source>e.g. request by e-mail of 1 December</source>
        <translation>например: просьба по e-mail от 1 декабря</translation>
    </message>
    <message>
        <source>Reason (kept in the log):</source>
        <translation>Основание (сохранится в журнале):</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Удалить безвозвратно</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>ErasureLogDialog</name>
    <message>
        <source>Erasure log</source>
        <translation>Журнал удалений</translation>
    </message>
    <message>
        <source>Personal data erased on request: which record, which fields, how many rows in each place, who and why. The erased data itself is kept nowhere.</source>
        <translation>Персональные данные, удалённые по запросу: какая запись, какие поля, сколько строк в каждом месте, кто и почему. Сами удалённые данные нигде не хранятся.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Nothing has been erased.</source>
        <translation>Ничего не удалялось.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Attendance</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Media pieces</source>
        <translation>Публикации в СМИ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Proposal for next time</source>
        <translation>Предложение на следующий раз</translation>
    </message>
    <message>
        <source>Title in the second language</source>
        <translation>Название на втором языке</translation>
    </message>
    <message>
        <source>Idea in the second language</source>
        <translation>Идея на втором языке</translation>
    </message>
    <message>
        <source>Description in the second language</source>
        <translation>Описание на втором языке</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>A question in English or Russian</source>
        <translation>Вопрос на английском или русском</translation>
    </message>
    <message>
        <source>The English question</source>
        <translation>Вопрос на английском</translation>
    </message>
    <message>
        <source>The Russian question</source>
        <translation>Вопрос на русском</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>The reason for waiving</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Название филиала</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail контактного лица</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Название показателя</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Values and brand notes</source>
        <translation>Ценности и заметки о бренде</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Delivered date</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Basis of authority</source>
        <translation>Основание полномочий</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Моё имя</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнёр</numerusform>
            <numerusform>%n партнёра</numerusform>
            <numerusform>%n партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collaboration(s)</source>
        <translation>
            <numerusform>%n проект сотрудничества</numerusform>
            <numerusform>%n проекта сотрудничества</numerusform>
            <numerusform>%n проектов сотрудничества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collaboration partner(s)</source>
        <translation>
            <numerusform>%n участник проекта</numerusform>
            <numerusform>%n участника проекта</numerusform>
            <numerusform>%n участников проекта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist answer(s)</source>
        <translation>
            <numerusform>%n ответ чек-листа</numerusform>
            <numerusform>%n ответа чек-листа</numerusform>
            <numerusform>%n ответов чек-листа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof(s) of delivery</source>
        <translation>
            <numerusform>%n подтверждение выполнения</numerusform>
            <numerusform>%n подтверждения выполнения</numerusform>
            <numerusform>%n подтверждений выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advertising pick(s)</source>
        <translation>
            <numerusform>%n рекламная позиция</numerusform>
            <numerusform>%n рекламные позиции</numerusform>
            <numerusform>%n рекламных позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statistic pick(s)</source>
        <translation>
            <numerusform>%n выбранный показатель</numerusform>
            <numerusform>%n выбранных показателя</numerusform>
            <numerusform>%n выбранных показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statistic(s)</source>
        <translation>
            <numerusform>%n показатель</numerusform>
            <numerusform>%n показателя</numerusform>
            <numerusform>%n показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n расписание</numerusform>
            <numerusform>%n расписания</numerusform>
            <numerusform>%n расписаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s)</source>
        <translation>
            <numerusform>%n смена стадии</numerusform>
            <numerusform>%n смены стадии</numerusform>
            <numerusform>%n смен стадии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n records</source>
        <translation>
            <numerusform>изменение %n записи</numerusform>
            <numerusform>изменение %n записей</numerusform>
            <numerusform>изменение %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Select a change first.</source>
        <translation>Сначала выберите изменение.</translation>
    </message>
    <message>
        <source>Only a changed field can be put back, not a record that was created, deleted or restored.</source>
        <translation>Вернуть можно только изменённое поле, а не запись, которую создали, удалили или восстановили.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История изменений: %1</translation>
    </message>
    <message>
        <source>No changes recorded yet. Edits made from now on appear here.</source>
        <translation>Изменений пока не записано. Все правки, сделанные с этого момента, появятся здесь.</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>Вернуть это значение</translation>
    </message>
    <message>
        <source>Put the field back to the value it had before the selected change.</source>
        <translation>Вернуть полю значение, которое было до выбранного изменения.</translation>
    </message>
    <message>
        <source>History not available</source>
        <translation>История недоступна</translation>
    </message>
    <message>
        <source>Value not restored</source>
        <translation>Значение не возвращено</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>An undone import cannot be redone; import the file again.</source>
        <translation>Отменённый импорт нельзя вернуть; импортируйте файл ещё раз.</translation>
    </message>
    <message>
        <source>Some of the imported records were changed or used since, so the import cannot be undone. Nothing was changed.</source>
        <translation>Часть импортированных записей с тех пор изменили или уже используют, поэтому импорт нельзя отменить. Ничего не изменено.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>запись в истории общения</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>сотрудничество</translation>
    </message>
    <message>
        <source>partner of a collaboration</source>
        <translation>партнёр сотрудничества</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>ответ чек-листа</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <source>proof of delivery</source>
        <translation>подтверждение выполнения</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>расписание</translation>
    </message>
    <message>
        <source>step of a commitment</source>
        <translation>шаг обязательства</translation>
    </message>
    <message>
        <source>advertising item</source>
        <translation>рекламная позиция</translation>
    </message>
    <message>
        <source>statistic in a pitch</source>
        <translation>показатель в предложении</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>значение статистики</translation>
    </message>
    <message>
        <source>There is no history for a table named %1.</source>
        <translation>Для таблицы %1 история не ведётся.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>У записи %1 нет поля %2.</translation>
    </message>
    <message>
        <source>There is no history entry %1.</source>
        <translation>Записи истории № %1 нет.</translation>
    </message>
    <message>
        <source>Only a changed field can be put back to its earlier value.</source>
        <translation>Вернуть прежнее значение можно только у изменённого поля.</translation>
    </message>
    <message>
        <source>The %1 with id %2 no longer exists; restore it from the Trash first.</source>
        <translation>Записи «%1» № %2 больше нет; сначала восстановите её из корзины.</translation>
    </message>
    <message>
        <source>That change is no longer in the history.</source>
        <translation>Этого изменения уже нет в истории.</translation>
    </message>
    <message>
        <source>The %1 %2 is used by other records now, so it cannot be removed. Nothing was changed.</source>
        <translation>На запись «%1» № %2 теперь ссылаются другие записи, поэтому её нельзя убрать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The %1 %2 is no longer in the Trash.</source>
        <translation>Записи «%1» № %2 уже нет в корзине.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot come back: what it belonged to is gone. Nothing was changed.</source>
        <translation>Запись «%1» № %2 не может вернуться: то, к чему она относилась, удалено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) older than %1 deleted from the Trash, after a backup.</source>
        <translation>
            <numerusform>После резервного копирования из корзины удалён %n объект старше %1.</numerusform>
            <numerusform>После резервного копирования из корзины удалены %n объекта старше %1.</numerusform>
            <numerusform>После резервного копирования из корзины удалено %n объектов старше %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Не удаётся повторить</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не удаётся отменить</translation>
    </message>
    <message>
        <source>Partner &amp;history…</source>
        <translation>&amp;История изменений партнёра…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>The Trash was not purged: %1</source>
        <translation>Корзина не очищена: %1</translation>
    </message>
    <message>
        <source>Partner not found</source>
        <translation>Партнёр не найден</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Nothing to import: no row of the file can be added.</source>
        <translation>Импортировать нечего: ни одну строку файла нельзя добавить.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Импорт партнёров</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s), encoding %2</source>
        <translation>
            <numerusform>%1: %Ln строка, кодировка %2</numerusform>
            <numerusform>%1: %Ln строки, кодировка %2</numerusform>
            <numerusform>%1: %Ln строк, кодировка %2</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>, separator %1</source>
        <translation>, разделитель %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Which field each column fills:</source>
        <translation>Какое поле заполняет каждый столбец:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Ценности</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message numerus="yes">
        <source>Will import %n record(s)</source>
        <translation>
            <numerusform>Будет импортирована %n запись</numerusform>
            <numerusform>Будут импортированы %n записи</numerusform>
            <numerusform>Будет импортировано %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>отклонена %n строка</numerusform>
            <numerusform>отклонены %n строки</numerusform>
            <numerusform>отклонено %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>пропущен %n дубликат.</numerusform>
            <numerusform>пропущены %n дубликата.</numerusform>
            <numerusform>пропущено %n дубликатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) left out</source>
        <translation>
            <numerusform>%n повреждённая строка не войдёт</numerusform>
            <numerusform>%n повреждённые строки не войдут</numerusform>
            <numerusform>%n повреждённых строк не войдут</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 damaged: %2</source>
        <translation>Строка %1 повреждена: %2</translation>
    </message>
    <message>
        <source>Row %1 rejected: %2</source>
        <translation>Строка %1 отклонена: %2</translation>
    </message>
    <message>
        <source>Row %1 duplicate (%2): %3</source>
        <translation>Строка %1 — дубликат (%2): %3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import, leaving out %n row(s)</source>
        <translation>
            <numerusform>&amp;Импортировать без %n строки</numerusform>
            <numerusform>&amp;Импортировать без %n строк</numerusform>
            <numerusform>&amp;Импортировать без %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are damaged (listed in this window) and will not be imported. Import the other rows?</source>
        <translation>
            <numerusform>%n строка файла повреждена (см. список в этом окне) и не будет импортирована. Импортировать остальные строки?</numerusform>
            <numerusform>%n строки файла повреждены (см. список в этом окне) и не будут импортированы. Импортировать остальные строки?</numerusform>
            <numerusform>%n строк файла повреждены (см. список в этом окне) и не будут импортированы. Импортировать остальные строки?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Backing up the data first…</source>
        <translation>Сначала сохраняем резервную копию данных…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <source>New interaction</source>
        <translation>Новая запись в истории общения</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(без конкретного лица)</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>Что обсуждали, о чём договорились</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;С кем:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>С&amp;уть:</translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <source>A date is required.</source>
        <translation>Укажите дату.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
    <message>
        <source>That contact does not work at this partner.</source>
        <translation>Это контактное лицо не работает у этого партнёра.</translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation>Записи в истории общения с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Инвестор</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Художник</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Дизайнер</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Public figure</source>
        <translation>Публичное лицо</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Госучреждение</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действующий</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Бывший</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Pitched</source>
        <translation>Предложение отправлено</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Alternative (plan B)</source>
        <translation>Запасной вариант (план Б)</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Слишком длинно: %1 символов, допустимо не больше %2.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле нужно заполнить.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (example: name@example.org).</source>
        <translation>Это не адрес электронной почты (пример: name@example.org).</translation>
    </message>
    <message>
        <source>This is not a web address (example: example.org).</source>
        <translation>Это не адрес сайта (пример: example.org).</translation>
    </message>
    <message>
        <source>This is not a phone number (digits, spaces, + ( ) - only).</source>
        <translation>Это не номер телефона (допустимы только цифры, пробелы и + ( ) -).</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Укажите дату.</translation>
    </message>
    <message>
        <source>This is not a number (example: 1 234,50).</source>
        <translation>Это не число (пример: 1 234,50).</translation>
    </message>
    <message>
        <source>A currency is a three-letter code, like RUB.</source>
        <translation>Валюта — это трёхбуквенный код, например RUB.</translation>
    </message>
    <message>
        <source>A colour is written as #RRGGBB.</source>
        <translation>Цвет записывается как #RRGGBB.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
</context>
<context>
    <name>LegalDetails</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>INN &apos;%1&apos; is wrong: 10 digits for an organisation or 12 for a person, and the check digits must match (a digit may be mistyped).</source>
        <translation>ИНН «%1» неверен: 10 цифр у организации или 12 у физического лица, и контрольные цифры должны сходиться (возможно, опечатка в цифре).</translation>
    </message>
    <message>
        <source>KPP &apos;%1&apos; is wrong: it has 9 characters.</source>
        <translation>КПП «%1» неверен: в нём 9 знаков.</translation>
    </message>
    <message>
        <source>OGRN &apos;%1&apos; is wrong: 13 digits (15 for a sole trader), and the check digit must match.</source>
        <translation>ОГРН «%1» неверен: 13 цифр (15 у ИП), и контрольная цифра должна сходиться.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is wrong: %3 digits.</source>
        <translation>%1 «%2» неверен: нужно %3 цифр.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>LegalDetailsDialog</name>
    <message>
        <source>Legal details: %1</source>
        <translation>Реквизиты: %1</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Полное &amp;наименование:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>&amp;КПП:</translation>
    </message>
    <message>
        <source>&amp;OGRN:</source>
        <translation>&amp;ОГРН:</translation>
    </message>
    <message>
        <source>Legal &amp;address:</source>
        <translation>Юридический &amp;адрес:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Подписант:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Acting on the &amp;basis of:</source>
        <translation>&amp;Основание полномочий:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>&amp;Банк:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>БИ&amp;К:</translation>
    </message>
    <message>
        <source>Settlement acco&amp;unt:</source>
        <translation>&amp;Расчётный счёт:</translation>
    </message>
    <message>
        <source>Co&amp;rrespondent account:</source>
        <translation>Корр. с&amp;чёт:</translation>
    </message>
    <message>
        <source>e.g. LLC &quot;Romashka&quot;, as in the register</source>
        <translation>например, ООО «Ромашка», как в ЕГРЮЛ</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>9 characters; none for a sole trader</source>
        <translation>9 знаков; у ИП нет</translation>
    </message>
    <message>
        <source>13 digits, or 15 (OGRNIP)</source>
        <translation>13 цифр или 15 (ОГРНИП)</translation>
    </message>
    <message>
        <source>As the agreement names them: Ivanov Ivan Ivanovich</source>
        <translation>Как в соглашении: Иванова Ивана Ивановича</translation>
    </message>
    <message>
        <source>e.g. general director</source>
        <translation>например, генерального директора</translation>
    </message>
    <message>
        <source>e.g. «действующего на основании Устава»</source>
        <translation>например, «действующего на основании Устава»</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 цифр</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <source>An agreement or an act of transfer needs the legal name, INN, legal address and the signatory with their position and basis of authority; the bank details are printed when given.</source>
        <translation>Для соглашения и акта приёма-передачи нужны полное наименование, ИНН, юридический адрес и подписант с должностью и основанием полномочий; банковские реквизиты печатаются, если указаны.</translation>
    </message>
    <message>
        <source>&amp;Legal details…</source>
        <translation>&amp;Реквизиты…</translation>
    </message>
    <message>
        <source>Document &amp;templates…</source>
        <translation>&amp;Шаблоны документов…</translation>
    </message>
    <message>
        <source>For agreements:</source>
        <translation>Для соглашений:</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>библиотека</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Covering letter</source>
        <translation>Сопроводительное письмо</translation>
    </message>
    <message>
        <source>Covering letter (PDF)</source>
        <translation>Сопроводительное письмо (PDF)</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)</source>
        <translation>Черновик письма (.eml)</translation>
    </message>
    <message>
        <source>Copy the letter&apos;s text</source>
        <translation>Скопировать текст письма</translation>
    </message>
    <message>
        <source>Open the folder with the attachments</source>
        <translation>Открыть папку с вложениями</translation>
    </message>
    <message>
        <source>Outlook opens the draft ready to send; other mail programs may open it as a received message — then forward it or copy the text.</source>
        <translation>Outlook открывает черновик, готовый к отправке; другие почтовые программы могут открыть его как полученное письмо — тогда перешлите его или скопируйте текст.</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>The partner has no e-mail address: the draft has no recipient. Fill in To in your mail program.</source>
        <translation>У партнёра нет адреса электронной почты: в черновике нет получателя. Заполните поле «Кому» в почтовой программе.</translation>
    </message>
    <message>
        <source>The letter&apos;s text is copied: paste it into your webmail.</source>
        <translation>Текст письма скопирован: вставьте его в веб-почту.</translation>
    </message>
    <message>
        <source>The partner has no e-mail address on record.</source>
        <translation>Адрес электронной почты партнёра не записан.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The letter was not written: %1</source>
        <translation>Письмо не записано: %1</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>There is no letter called &apos;%1&apos;; there are: %2.</source>
        <translation>Письма «%1» нет; есть: %2.</translation>
    </message>
    <message>
        <source>A reminder looks 1 to 366 days ahead, not %1.</source>
        <translation>Напоминание охватывает от 1 до 366 дней вперёд, а не %1.</translation>
    </message>
    <message>
        <source>Collaboration %1 has no partner yet to write a letter to.</source>
        <translation>У сотрудничества %1 ещё нет партнёра, которому можно написать.</translation>
    </message>
    <message>
        <source>%1 has no open promise due in the next %2 days or overdue: there is nothing to remind of.</source>
        <translation>У партнёра «%1» нет открытых обязательств со сроком в ближайшие дни (%2) или просроченных: напоминать не о чем.</translation>
    </message>
    <message>
        <source>Nothing of collaboration %1 is delivered yet: write the thank-you after delivery.</source>
        <translation>По сотрудничеству %1 ещё ничего не выполнено: благодарственное письмо пишут после исполнения.</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>Colour is written as #RRGGBB.</source>
        <translation>Цвет записывается как #RRGGBB.</translation>
    </message>
    <message>
        <source>Write as 1d,7d (days), 2h (hours) or 1w (weeks), up to 5 within a year; 0 for none.</source>
        <translation>Пишите так: 1d,7d (дни), 2h (часы) или 1w (недели), до 5 и не больше года; 0 — без напоминаний.</translation>
    </message>
    <message>
        <source>The logo file is too large (%1 MB); the limit is 5 MB.</source>
        <translation>Файл логотипа слишком велик (%1 МБ); предел — 5 МБ.</translation>
    </message>
    <message>
        <source>The logo file cannot be read: %1</source>
        <translation>Файл логотипа не читается: %1</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Логотип должен быть картинкой PNG или JPEG.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The database is still opening.</source>
        <translation>База данных ещё открывается.</translation>
    </message>
    <message>
        <source>Select a partner in the list first.</source>
        <translation>Сначала выберите партнёра в списке.</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into the office&apos;s own data.</source>
        <translation>Демо-данные можно загрузить только в собственные данные библиотеки.</translation>
    </message>
    <message>
        <source>CollabDesk</source>
        <translation>CollabDesk</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Search partners…</source>
        <translation>Поиск партнёров…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Поиск партнёров</translation>
    </message>
    <message>
        <source>Show the kind</source>
        <translation>Показывать вид</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Show the status</source>
        <translation>Показывать статус</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демо-данные</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Редактировать партнёра…</translation>
    </message>
    <message>
        <source>&amp;Delete partner…</source>
        <translation>&amp;Удалить партнёра…</translation>
    </message>
    <message>
        <source>&amp;Find partner</source>
        <translation>&amp;Найти партнёра</translation>
    </message>
    <message>
        <source>&amp;About CollabDesk</source>
        <translation>&amp;О программе CollabDesk</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Erasure log…</source>
        <translation>&amp;Журнал удалений…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Обязательства</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <source>No partner matches “%1”.</source>
        <translation>Нет партнёров по запросу «%1».</translation>
    </message>
    <message>
        <source>No partner matches these filters.</source>
        <translation>Нет партнёров, подходящих под эти фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ partner(s)</source>
        <translation>
            <numerusform>%Ln+ партнёр</numerusform>
            <numerusform>%Ln+ партнёра</numerusform>
            <numerusform>%Ln+ партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнёр</numerusform>
            <numerusform>%Ln партнёра</numerusform>
            <numerusform>%Ln партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %Ln partner(s).</source>
        <translation>
            <numerusform>Демо-данные загружены: %Ln партнёр.</numerusform>
            <numerusform>Демо-данные загружены: %Ln партнёра.</numerusform>
            <numerusform>Демо-данные загружены: %Ln партнёров.</numerusform>
        </translation>
    </message>
    <message>
        <source>many matches, newest first — type more to narrow</source>
        <translation>совпадений много, сначала новые — уточните запрос</translation>
    </message>
    <message>
        <source>Partner not found</source>
        <translation>Партнёр не найден</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузка демо-данных</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database, and this one already holds partners. Start CollabDesk with another data folder (--data-dir) to try the demo.</source>
        <translation>Демо-данные загружаются только в пустую базу, а в этой уже есть партнёры. Чтобы посмотреть демонстрацию, запустите CollabDesk с другой папкой данных (--data-dir).</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Демо-данные не загружены</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
    <message>
        <source>About CollabDesk</source>
        <translation>О программе CollabDesk</translation>
    </message>
    <message>
        <source>CollabDesk %1

Prepare, pitch and deliver barter collaborations between a library and its partners.

Data folder: %2</source>
        <translation>CollabDesk %1

Готовьте, предлагайте и выполняйте бартерные проекты библиотеки с партнёрами.

Папка данных: %2</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;Мои задачи</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>&amp;Эта неделя</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <source>Show the branch&apos;s partners</source>
        <translation>Показывать партнёров филиала</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>О&amp;бзор</translation>
    </message>
</context>
<context>
    <name>MakeGoodDialog</name>
    <message>
        <source>&amp;Instead:</source>
        <translation>&amp;Взамен:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Make good</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
</context>
<context>
    <name>MeLine</name>
    <message>
        <source>Add me to the staff</source>
        <translation>Добавить меня в сотрудники</translation>
    </message>
    <message>
        <source>Your name as colleagues write it (e.g. Olga Petrova):</source>
        <translation>Ваше имя так, как его пишут коллеги (например, Ольга Петрова):</translation>
    </message>
    <message>
        <source>Who is at this computer? History and My tasks will name you.</source>
        <translation>Кто работает за этим компьютером? История и «Мои задачи» будут называть вас.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>your name on the list</source>
        <translation>ваше имя из списка</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Это &amp;я</translation>
    </message>
    <message>
        <source>I&apos;m &amp;new: add me…</source>
        <translation>Я &amp;новый: добавить меня…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
</context>
<context>
    <name>MeetingCopy</name>
    <message>
        <source>Choose at least one collaboration for the meeting.</source>
        <translation>Выберите для встречи хотя бы одно сотрудничество.</translation>
    </message>
    <message>
        <source>The meeting copy must be a different file from the database.</source>
        <translation>Копия для встречи должна быть другим файлом, а не самой базой данных.</translation>
    </message>
    <message>
        <source>Could not prepare the meeting copy: %1</source>
        <translation>Не удалось подготовить копию для встречи: %1</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>The meeting copy failed its check (%1).</source>
        <translation>Копия для встречи не прошла проверку (%1).</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Collaborations for the meeting</source>
        <translation>Проекты сотрудничества для встречи</translation>
    </message>
    <message>
        <source>Choose the collaborations for the meeting</source>
        <translation>Выберите проекты для встречи</translation>
    </message>
    <message>
        <source>Only these collaborations and their partners will be on screen.</source>
        <translation>На экране будут только эти проекты и их партнёры.</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Выход из режима встречи</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Folder for the meeting laptop&apos;s data</source>
        <translation>Папка для данных ноутбука для встреч</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>Режим &amp;встречи</translation>
    </message>
    <message>
        <source>Prepare a meeting &amp;laptop…</source>
        <translation>Подготовить &amp;ноутбук для встречи…</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Заметки встречи</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Режим встречи</translation>
    </message>
    <message>
        <source>Meeting mode works on a local database.</source>
        <translation>Режим встречи работает только с локальной базой данных.</translation>
    </message>
    <message>
        <source>This laptop holds a meeting copy and stays in meeting mode. Your notes are in %1; merge them at the office with “collabdesk meeting merge-notes”.</source>
        <translation>На этом ноутбуке копия для встречи, и он всегда работает в режиме встречи. Ваши заметки лежат в %1; в библиотеке добавьте их командой «collabdesk meeting merge-notes».</translation>
    </message>
    <message>
        <source>Show all partners and allow changes again?</source>
        <translation>Снова показать всех партнёров и разрешить изменения?</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN-код неверный.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting note(s) were added to the partners&apos; interaction logs.</source>
        <translation>
            <numerusform>%n заметка встречи добавлена в историю общения с партнёрами.</numerusform>
            <numerusform>%n заметки встречи добавлены в историю общения с партнёрами.</numerusform>
            <numerusform>%n заметок встречи добавлено в историю общения с партнёрами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be added and stay in %1.</source>
        <translation>
            <numerusform>%n заметку не удалось добавить, она осталась в %1.</numerusform>
            <numerusform>%n заметки не удалось добавить, они остались в %1.</numerusform>
            <numerusform>%n заметок не удалось добавить, они остались в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting mode: read-only, only the chosen partners</source>
        <translation>Режим встречи: только просмотр, только выбранные партнёры</translation>
    </message>
    <message>
        <source>Prepare a meeting laptop</source>
        <translation>Подготовка ноутбука для встречи</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder.</source>
        <translation>%1 уже существует; выберите пустую папку.</translation>
    </message>
    <message>
        <source>The meeting copy is in %1. Copy that folder to the laptop and start CollabDesk there with “--data-dir FOLDER”: it opens in meeting mode.</source>
        <translation>Копия для встречи лежит в %1. Скопируйте эту папку на ноутбук и запустите там CollabDesk с параметром «--data-dir ПАПКА»: программа откроется в режиме встречи.</translation>
    </message>
</context>
<context>
    <name>MeetingNotes</name>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; split it in two.</source>
        <translation>В заметке может быть не больше %1 символов; разделите её на две.</translation>
    </message>
</context>
<context>
    <name>MeetingNotesDock</name>
    <message>
        <source>Meeting notes</source>
        <translation>Заметки встречи</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>What was said or agreed…</source>
        <translation>Что сказали или о чём договорились…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Choose the partner the note is about.</source>
        <translation>Выберите партнёра, к которому относится заметка.</translation>
    </message>
    <message>
        <source>Kept. It goes into the partner&apos;s log after the meeting.</source>
        <translation>Сохранено. После встречи заметка попадёт в историю общения с партнёром.</translation>
    </message>
</context>
<context>
    <name>MeetingPin</name>
    <message>
        <source>Set — type a new one to change</source>
        <translation>Задан — введите новый, чтобы сменить</translation>
    </message>
    <message>
        <source>None — type 4 to 12 digits</source>
        <translation>Не задан — введите от 4 до 12 цифр</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Без PIN-кода</translation>
    </message>
    <message>
        <source>Meeting &amp;PIN:</source>
        <translation>&amp;PIN-код встречи:</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код — это от 4 до 12 цифр.</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <source>Search commitments, partners, owners…</source>
        <translation>Поиск по обязательствам, партнёрам, ответственным…</translation>
    </message>
    <message>
        <source>Search commitments, partners…</source>
        <translation>Поиск по обязательствам, партнёрам…</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>Chart of the chosen metric</source>
        <translation>График выбранного показателя</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n месяц</numerusform>
            <numerusform>%1, %n месяца</numerusform>
            <numerusform>%1, %n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricListModel</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n значение</numerusform>
            <numerusform>%n значения</numerusform>
            <numerusform>%n значений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricService</name>
    <message>
        <source>There is no statistic with id %1.</source>
        <translation>Значения статистики с номером %1 нет.</translation>
    </message>
    <message>
        <source>%1 already has a figure for %2 in that category.</source>
        <translation>У показателя «%1» уже есть значение за %2 в этой категории.</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Still missing</source>
        <translation>Чего ещё не хватает</translation>
    </message>
    <message>
        <source>Click an item or press Enter to open the checklist at its question.</source>
        <translation>Щёлкните пункт или нажмите Enter, чтобы открыть чек-лист на этом вопросе.</translation>
    </message>
    <message>
        <source>Open the checklist at this question</source>
        <translation>Открыть чек-лист на этом вопросе</translation>
    </message>
</context>
<context>
    <name>MyTasksLine</name>
    <message>
        <source>Show my tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Assigned to you (%1): %2 open; overdue: %3, due this week: %4.</source>
        <translation>Назначено вам (%1): открытых задач %2; просрочено: %3, срок на этой неделе: %4.</translation>
    </message>
</context>
<context>
    <name>OnBehalfBox</name>
    <message>
        <source>This branch: %1</source>
        <translation>Этот филиал: %1</translation>
    </message>
    <message>
        <source>The collaboration&apos;s branch</source>
        <translation>Филиал сотрудничества</translation>
    </message>
    <message>
        <source>The whole library system</source>
        <translation>Вся библиотечная система</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>От имени</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>От &amp;имени:</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PartnerDeletion</name>
    <message>
        <source>Delete “%1”? Their contacts and interaction history go with them to the Trash, from where they can be restored.</source>
        <translation>Удалить «%1»? Контакты и история общения тоже попадут в корзину, откуда их можно восстановить.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Удаление партнёра</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” takes part in %n collaboration(s): %2. Remove them from there first, or set their status to “Former” to keep them with their history.</source>
        <translation>
            <numerusform>«%1» участвует в %n проекте: %2. Сначала уберите партнёра оттуда — или поставьте ему статус «Бывший», чтобы сохранить его вместе с историей.</numerusform>
            <numerusform>«%1» участвует в %n проектах: %2. Сначала уберите партнёра оттуда — или поставьте ему статус «Бывший», чтобы сохранить его вместе с историей.</numerusform>
            <numerusform>«%1» участвует в %n проектах: %2. Сначала уберите партнёра оттуда — или поставьте ему статус «Бывший», чтобы сохранить его вместе с историей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n commitment(s) in the tracker. Move or delete those commitments first, or set the partner&apos;s status to “Former” to keep them with their history.</source>
        <translation>
            <numerusform>У «%1» %n обязательство в списке обязательств. Сначала перенесите или удалите эти обязательства — или поставьте партнёру статус «Бывший», чтобы сохранить его вместе с историей.</numerusform>
            <numerusform>У «%1» %n обязательства в списке обязательств. Сначала перенесите или удалите эти обязательства — или поставьте партнёру статус «Бывший», чтобы сохранить его вместе с историей.</numerusform>
            <numerusform>У «%1» %n обязательств в списке обязательств. Сначала перенесите или удалите эти обязательства — или поставьте партнёру статус «Бывший», чтобы сохранить его вместе с историей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete this partner</source>
        <translation>Этого партнёра нельзя удалить</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>Select a partner on the left to see the details.</source>
        <translation>Выберите партнёра в списке слева, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ведёт:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Ценности:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation>Репутация:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>История общения</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No contacts yet. Press Add… to note who you talk to there.</source>
        <translation>Контактов пока нет. Нажмите «Добавить…», чтобы записать, с кем вы там общаетесь.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Убрать…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Удалить персональные данные…</translation>
    </message>
    <message>
        <source>On the person&apos;s request: erase their name, e-mail, phone and notes everywhere</source>
        <translation>По просьбе человека: удалить его имя, e-mail, телефон и заметки отовсюду</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Add… after a meeting, call or letter.</source>
        <translation>Записей пока нет. Нажмите «Добавить…» после встречи, звонка или письма.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Not in any collaboration yet.</source>
        <translation>Пока не участвует ни в одном проекте сотрудничества.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакты (%1)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удаление контакта</translation>
    </message>
    <message>
        <source>Remove %1 from this partner&apos;s contacts?</source>
        <translation>Убрать %1 из контактов этого партнёра?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Редактирование партнёра</translation>
    </message>
    <message>
        <source>Organisation or person</source>
        <translation>Организация или человек</translation>
    </message>
    <message>
        <source>Who on staff looks after them</source>
        <translation>Кто из сотрудников ведёт партнёра</translation>
    </message>
    <message>
        <source>Comma separated: design, souvenirs</source>
        <translation>Через запятую: дизайн, сувениры</translation>
    </message>
    <message>
        <source>Their values and brand, and why they fit</source>
        <translation>Их ценности и бренд, и чем они близки библиотеке</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>В&amp;едёт:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Ценности:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation>&amp;Общий для:</translation>
    </message>
    <message>
        <source>The data is still loading: you can type now, and Save works in a moment.</source>
        <translation>Данные ещё загружаются: заполняйте форму, кнопка «Сохранить» заработает через мгновение.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>Shared with branches</source>
        <translation>Общий для филиалов</translation>
    </message>
</context>
<context>
    <name>PartnerImport</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <translation>%1: «%2» — не одно из значений %3</translation>
    </message>
    <message>
        <source>No column holds the partner&apos;s name. Name one column “Name” or “Название”, or map it by hand. Columns found: %1.</source>
        <translation>Ни в одном столбце нет названия партнёра. Назовите один столбец «Название» или «Name» либо сопоставьте столбцы вручную. Найдены столбцы: %1.</translation>
    </message>
    <message>
        <source>Cannot export to “%1” files; use .csv, .xlsx or .vcf.</source>
        <translation>В файлы «%1» выгрузить нельзя; используйте .csv, .xlsx или .vcf.</translation>
    </message>
    <message>
        <source>a partner with this name is already in the database</source>
        <translation>партнёр с таким названием уже есть в базе</translation>
    </message>
    <message>
        <source>a partner with the e-mail %1 is already in the database</source>
        <translation>партнёр с адресом %1 уже есть в базе</translation>
    </message>
    <message>
        <source>the same name as row %1</source>
        <translation>то же название, что в строке %1</translation>
    </message>
    <message>
        <source>the same e-mail as row %1</source>
        <translation>тот же адрес, что в строке %1</translation>
    </message>
</context>
<context>
    <name>PartnerLetters</name>
    <message>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>Letter to the partner</source>
        <translation>Письмо партнёру</translation>
    </message>
    <message>
        <source>Follow-up after a pitch (the pitch attached)</source>
        <translation>После предложения (предложение во вложении)</translation>
    </message>
    <message>
        <source>Reminder: your part is due</source>
        <translation>Напоминание: подходит срок ваших обязательств</translation>
    </message>
    <message>
        <source>Thank-you after delivery (the recap attached)</source>
        <translation>Благодарность после исполнения (итоги во вложении)</translation>
    </message>
    <message>
        <source> days ahead, and overdue</source>
        <translation> дн. вперёд и просроченные</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)</source>
        <translation>Черновик письма (.eml)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Простой текст (.txt)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Вложить файлы…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>П&amp;исьмо:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>&amp;Срок в пределах:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Also attach:</source>
        <translation>Ещё вложить:</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>С&amp;копировать текст</translation>
    </message>
    <message>
        <source>&amp;Open the folder with the attachments</source>
        <translation>&amp;Открыть папку с вложениями</translation>
    </message>
    <message>
        <source>The file to attach cannot be read: %1</source>
        <translation>Не удаётся прочитать файл для вложения: %1</translation>
    </message>
    <message>
        <source>The partner has no e-mail address: the draft has no recipient. Fill in To in your mail program.</source>
        <translation>У партнёра нет адреса электронной почты: в черновике нет получателя. Заполните поле «Кому» в почтовой программе.</translation>
    </message>
    <message>
        <source>This letter has no attachments.</source>
        <translation>У этого письма нет вложений.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Записываем…</translation>
    </message>
    <message>
        <source>The letter was not written: %1</source>
        <translation>Письмо не записано: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The letter&apos;s text is copied: paste it into your webmail.</source>
        <translation>Текст письма скопирован: вставьте его в веб-почту.</translation>
    </message>
    <message>
        <source>The partner has no e-mail address on record.</source>
        <translation>Адрес электронной почты партнёра не указан.</translation>
    </message>
    <message>
        <source>The attachments are in %1</source>
        <translation>Вложения — в папке %1</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Type part of a name or a kind to find a partner</source>
        <translation>Введите часть названия или вид, чтобы найти партнёра</translation>
    </message>
</context>
<context>
    <name>PartnerReputationModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Their record</source>
        <translation>Показатели партнёра</translation>
    </message>
    <message>
        <source>Ours towards them</source>
        <translation>Библиотека перед партнёром</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it takes part in collaborations (%2: %3) and has commitments (%4). Remove the partner from those collaborations first; nothing was deleted.</source>
        <translation>«%1» нельзя удалить: партнёр участвует в сотрудничествах (%2: %3) и у него есть обязательства (%4). Сначала уберите партнёра из этих сотрудничеств; ничего не удалено.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
        <source>That is a folder; give a file name.</source>
        <translation>Это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>There is no contact person with id %1.</source>
        <translation>Нет контактного лица с номером %1.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Нет сотрудника с номером %1.</translation>
    </message>
    <message>
        <source>On the shared server only a coordinator who owns the database may erase personal data: the change history is closed to everyone else. Nothing was erased.</source>
        <translation>На общем сервере удалять персональные данные может только координатор — владелец базы данных: история изменений закрыта для остальных. Ничего не удалено.</translation>
    </message>
    <message>
        <source>the record itself: %1</source>
        <translation>сама запись: %1</translation>
    </message>
    <message>
        <source>the library&apos;s contact person in Settings: %1</source>
        <translation>контактное лицо библиотеки в настройках: %1</translation>
    </message>
    <message>
        <source>change history entries: %1</source>
        <translation>записи истории изменений: %1</translation>
    </message>
    <message>
        <source>deleted partners in the Trash: %1</source>
        <translation>удалённые партнёры в Корзине: %1</translation>
    </message>
    <message>
        <source>interactions that name them: %1</source>
        <translation>взаимодействия, где они названы: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>сотрудник</translation>
    </message>
</context>
<context>
    <name>PitchContent</name>
    <message>
        <source>Partner %1 does not take part in collaboration %2.</source>
        <translation>Партнёр %1 не участвует в сотрудничестве %2.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>Филиала с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>PitchDialog</name>
    <message>
        <source>Our audience (a year of statistics)</source>
        <translation>Наша аудитория (статистика за год)</translation>
    </message>
    <message>
        <source>What the partner gets (advertising package and its value)</source>
        <translation>Что получает партнёр (рекламный пакет и его стоимость)</translation>
    </message>
    <message>
        <source>The library&apos;s track record</source>
        <translation>Опыт библиотеки</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>&amp;Ответить до:</translation>
    </message>
    <message>
        <source>The partner will read these answers, but they are still empty:
%1</source>
        <translation>Эти ответы прочтёт партнёр, но они ещё не заполнены:
%1</translation>
    </message>
    <message>
        <source>Write the pitch anyway?</source>
        <translation>Всё равно создать предложение?</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>S&amp;tatistics:</source>
        <translation>С&amp;татистика:</translation>
    </message>
    <message>
        <source>Add a partner to this collaboration first: a pitch is written for one.</source>
        <translation>Сначала добавьте партнёра в проект: предложение пишется для конкретного партнёра.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Предложение партнёру</translation>
    </message>
    <message>
        <source>There are no collaborations yet. Create one first, then pitch it.</source>
        <translation>Проектов сотрудничества пока нет. Сначала создайте проект, а затем подготовьте предложение партнёру.</translation>
    </message>
    <message>
        <source>Which collaboration?</source>
        <translation>Какой проект сотрудничества?</translation>
    </message>
    <message>
        <source>Save the pitches in</source>
        <translation>Папка для предложений партнёрам</translation>
    </message>
    <message>
        <source>(no partner yet)</source>
        <translation>(партнёр ещё не выбран)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>The idea and why this partner</source>
        <translation>Идея и почему именно этот партнёр</translation>
    </message>
    <message>
        <source>Who does what, with dates</source>
        <translation>Кто что делает и в какие сроки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Save the pitch as</source>
        <translation>Сохранить предложение партнёру как</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF сохраняется…</translation>
    </message>
    <message>
        <source>These texts have no translation and will print as written:
%1</source>
        <translation>У этих текстов нет перевода, они будут напечатаны как написаны:
%1</translation>
    </message>
    <message>
        <source>The collaboration&apos;s title</source>
        <translation>Название сотрудничества</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Обязательство: %1</translation>
    </message>
    <message>
        <source>Writing pitches…</source>
        <translation>Предложения сохраняются…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export pitches</source>
        <translation>Экспорт предложений партнёрам</translation>
    </message>
    <message>
        <source>Writing pitches… %1 of %2</source>
        <translation>Предложения сохраняются… %1 из %2</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Экспорт остановлен: %1</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>← → to move · Esc to leave</source>
        <translation>← → листать · Esc — выйти</translation>
    </message>
    <message>
        <source>Cannot present</source>
        <translation>Показать не удалось</translation>
    </message>
</context>
<context>
    <name>PromiseTableModel</name>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>— choose</source>
        <translation>— выберите</translation>
    </message>
    <message>
        <source>Double-click or F2 to change it.</source>
        <translation>Двойной щелчок или F2 — изменить.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like 2027-03-01 or 01.03.2027.</source>
        <translation>«%1» — не дата. Введите её так: 01.03.2027 или 2027-03-01.</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message>
        <source>Select a commitment first.</source>
        <translation>Сначала выберите обязательство.</translation>
    </message>
    <message>
        <source>This commitment has no proof yet.</source>
        <translation>У этого обязательства ещё нет подтверждений.</translation>
    </message>
    <message>
        <source>Proofs of the selected commitment</source>
        <translation>Подтверждения выбранного обязательства</translation>
    </message>
    <message>
        <source>Add proof…</source>
        <translation>Добавить подтверждение…</translation>
    </message>
    <message>
        <source>Open proof</source>
        <translation>Открыть подтверждение</translation>
    </message>
    <message>
        <source>Select a commitment to see its proofs.</source>
        <translation>Выберите обязательство, чтобы увидеть его подтверждения.</translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation>Выполнено %1</translation>
    </message>
    <message>
        <source>Makes good a missed commitment.</source>
        <translation>Возмещает невыполненное обязательство.</translation>
    </message>
    <message>
        <source>Delivered, but nothing proves it yet: add proof.</source>
        <translation>Выполнено, но подтверждения пока нет — добавьте его.</translation>
    </message>
    <message>
        <source>Proof not added</source>
        <translation>Подтверждение не добавлено</translation>
    </message>
    <message>
        <source>Cannot open the proof</source>
        <translation>Не удаётся открыть подтверждение</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>На этом компьютере нет программы, которая открывает %1.</translation>
    </message>
</context>
<context>
    <name>ProofService</name>
    <message>
        <source>The file %1 does not exist (was the stick removed?).</source>
        <translation>Файла %1 нет (может быть, флешку вынули?).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; attach a smaller scan or a link.</source>
        <translation>Файл %1 больше 200 МБ; приложите скан поменьше или ссылку.</translation>
    </message>
    <message>
        <source>Attach a file or give a link as proof.</source>
        <translation>Приложите файл или укажите ссылку как подтверждение.</translation>
    </message>
    <message>
        <source>This proof is a link, not a file.</source>
        <translation>Это подтверждение — ссылка, а не файл.</translation>
    </message>
    <message>
        <source>The proof file %1 is missing from %2; restore it from a backup or attach it again.</source>
        <translation>Файла подтверждения %1 нет в %2; восстановите его из резервной копии или приложите заново.</translation>
    </message>
    <message>
        <source>No data folder is set, so proof files cannot be kept.</source>
        <translation>Папка данных не задана, поэтому файлы подтверждений негде хранить.</translation>
    </message>
    <message>
        <source>That is CollabDesk&apos;s own database, not a proof; choose the scan, photo or document that shows the delivery.</source>
        <translation>Это база данных самой программы CollabDesk, а не подтверждение; выберите скан, фото или документ, который подтверждает выполнение.</translation>
    </message>
    <message>
        <source>Could not copy %1 into %2: %3. Nothing was saved.</source>
        <translation>Не удалось скопировать %1 в %2: %3. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>QualitativePage</name>
    <message>
        <source>3. What the partner gets — qualitatively</source>
        <translation>3. Что получает партнёр — качественно</translation>
    </message>
    <message>
        <source>What is unique about the idea, why it works only with this partner and this library, and what the partner&apos;s brand gains.</source>
        <translation>Чем уникальна идея, почему она получится только с этим партнёром и этой библиотекой и что выигрывает бренд партнёра.</translation>
    </message>
</context>
<context>
    <name>QuantitativePage</name>
    <message>
        <source>Library statistics to show</source>
        <translation>Какую статистику библиотеки показать</translation>
    </message>
    <message>
        <source>Advertising items to offer</source>
        <translation>Какие рекламные позиции предложить</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Количество: %1</translation>
    </message>
    <message>
        <source>4. What the partner gets — quantitatively</source>
        <translation>4. Что получает партнёр — количественно</translation>
    </message>
    <message>
        <source>Pick the library statistics to show and the advertising-package items to offer; the page adds up the reach.</source>
        <translation>Выберите, какую статистику библиотеки показать и какие позиции рекламного пакета предложить; охват подсчитается на этой странице.</translation>
    </message>
    <message>
        <source>There are no library statistics yet. Record monthly figures (visits, event attendance, followers) in the Statistics section, then come back to this step; the checklist keeps your other answers meanwhile.</source>
        <translation>Статистики библиотеки пока нет. Внесите месячные показатели (посещения, посетители мероприятий, подписчики) в разделе «Статистика» и вернитесь к этому шагу; остальные ответы чек-листа тем временем сохранятся.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Reach per unit</source>
        <translation>Охват на единицу</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>The advertising catalogue is empty. Add what the library can offer (posts, newsletter mentions, logo on the website…) with “Edit catalogue…”.</source>
        <translation>Рекламный пакет пуст. Добавьте, что библиотека может предложить (посты, упоминания в рассылке, логотип на сайте…), кнопкой «Изменить рекламный пакет…».</translation>
    </message>
    <message>
        <source>Edit catalogue…</source>
        <translation>Изменить рекламный пакет…</translation>
    </message>
    <message>
        <source>Total reach of the package: %1</source>
        <translation>Общий охват пакета: %1</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Re&amp;sults after delivery…</source>
        <translation>Рез&amp;ультаты после выполнения…</translation>
    </message>
    <message>
        <source>Reca&amp;p…</source>
        <translation>&amp;Итоги сотрудничества…</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>For the &amp;partner: results, pictures, thank-you, next time</source>
        <translation>Для &amp;партнёра: результаты, фотографии, благодарность, следующий раз</translation>
    </message>
    <message>
        <source>&amp;Internal: balance, reliability, owners, reasons — not for the partner</source>
        <translation>&amp;Внутренний: баланс, надёжность, ответственные, причины — не для партнёра</translation>
    </message>
    <message>
        <source>(no partner yet)</source>
        <translation>(партнёра пока нет)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>Па&amp;ртнёр:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>No results are recorded yet, so the recap shows no figures or quotes: add them with Results… once delivery has begun.</source>
        <translation>Результаты ещё не записаны, поэтому в отчёте не будет цифр и цитат: внесите их кнопкой «Результаты…», когда начнётся выполнение.</translation>
    </message>
    <message>
        <source>internal recap</source>
        <translation>внутренний отчёт</translation>
    </message>
    <message>
        <source>recap</source>
        <translation>итоги</translation>
    </message>
    <message>
        <source>Save the recap as</source>
        <translation>Сохранить итоги как</translation>
    </message>
    <message>
        <source>Writing the interim recap: the collaboration is not completed yet…</source>
        <translation>Сохраняются промежуточные итоги: сотрудничество ещё не завершено…</translation>
    </message>
    <message>
        <source>Writing the recap…</source>
        <translation>Сохраняются итоги…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>OVERDUE %1 d</source>
        <translation>ПРОСРОЧЕНО на %1 дн.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) overdue or due within 7 days.</source>
        <translation>
            <numerusform>%n обязательство просрочено или истекает в ближайшие 7 дней.</numerusform>
            <numerusform>%n обязательства просрочены или истекают в ближайшие 7 дней.</numerusform>
            <numerusform>%n обязательств просрочено или истекает в ближайшие 7 дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library itself is late: its reputation is at stake.</source>
        <translation>Опаздывает сама библиотека — под угрозой её репутация.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…и ещё %1.</translation>
    </message>
    <message>
        <source>Show in tracker</source>
        <translation>Показать в списке обязательств</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>RenewalLead</name>
    <message>
        <source>Days before a collaboration ends: from the largest on its renewal is due and can be prepared; each is a reminder.</source>
        <translation>За сколько дней до окончания сотрудничества: начиная с самого раннего срока продление можно готовить; каждый срок — напоминание.</translation>
    </message>
    <message>
        <source>Renewal d&amp;ue, days before the end:</source>
        <translation>Продлевать з&amp;а, дней до окончания:</translation>
    </message>
    <message>
        <source>Whole numbers of days, e.g. 90, 60, 30</source>
        <translation>Целые числа дней, например 90, 60, 30</translation>
    </message>
</context>
<context>
    <name>RenewalLine</name>
    <message numerus="yes">
        <source>%n renewal(s) due</source>
        <translation>
            <numerusform>Пора продлевать %n сотрудничество</numerusform>
            <numerusform>Пора продлевать %n сотрудничества</numerusform>
            <numerusform>Пора продлевать %n сотрудничеств</numerusform>
        </translation>
    </message>
    <message>
        <source>Show renewals</source>
        <translation>Показать продления</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
    <message>
        <source>A declined collaboration is not renewed; start a new one instead.</source>
        <translation>Отклонённое сотрудничество не продлевается; начните новое.</translation>
    </message>
    <message>
        <source>This collaboration is already renewed: “%1” (id %2).</source>
        <translation>Это сотрудничество уже продлено: «%1» (номер %2).</translation>
    </message>
    <message>
        <source>Give the collaboration its end date first: a renewal is prepared in the last months before the end, or after completion.</source>
        <translation>Сначала укажите дату окончания сотрудничества: продление готовят в последние месяцы перед окончанием или после завершения.</translation>
    </message>
    <message>
        <source>A renewal can be prepared from %1.</source>
        <translation>Продление можно готовить с %1.</translation>
    </message>
    <message>
        <source>Write the days before the end as whole numbers from 1 to %1, separated by commas, e.g. 90, 60, 30.</source>
        <translation>Укажите дни до окончания целыми числами от 1 до %1 через запятую, например 90, 60, 30.</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>Repeat a commitment</source>
        <translation>Повтор обязательства</translation>
    </message>
    <message>
        <source>“%1”, first due %2</source>
        <translation>«%1», первый срок %2</translation>
    </message>
    <message>
        <source>week</source>
        <translation>каждую неделю</translation>
    </message>
    <message>
        <source>month</source>
        <translation>каждый месяц</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>каждый квартал</translation>
    </message>
    <message>
        <source>&amp;Times in all:</source>
        <translation>&amp;Раз всего:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До даты:</translation>
    </message>
    <message>
        <source>Times in all</source>
        <translation>Раз всего</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>Последний срок</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Повторять:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторять</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, until</source>
        <translation>
            <numerusform>… и ещё %n, до</numerusform>
            <numerusform>… и ещё %n, до</numerusform>
            <numerusform>… и ещё %n, до</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s):</source>
        <translation>
            <numerusform>%n повтор:</numerusform>
            <numerusform>%n повтора:</numerusform>
            <numerusform>%n повторов:</numerusform>
        </translation>
    </message>
    <message>
        <source>The quantity is shared out across the occurrences; the total stays.</source>
        <translation>Количество делится между повторами; итог не меняется.</translation>
    </message>
    <message>
        <source>Not repeated</source>
        <translation>Повтор не настроен</translation>
    </message>
</context>
<context>
    <name>ReputationDashboard</name>
    <message>
        <source>Counting every commitment…</source>
        <translation>Считаем все обязательства…</translation>
    </message>
    <message>
        <source>Each partner&apos;s record</source>
        <translation>Репутация каждого партнёра</translation>
    </message>
    <message>
        <source>The library&apos;s own record</source>
        <translation>Показатели самой библиотеки</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message numerus="yes">
        <source>The library is late on %n commitment(s): deliver them or talk to the partner first.</source>
        <translation>
            <numerusform>Библиотека просрочила %n обязательство: выполните его или сначала поговорите с партнёром.</numerusform>
            <numerusform>Библиотека просрочила %n обязательства: выполните их или сначала поговорите с партнёром.</numerusform>
            <numerusform>Библиотека просрочила %n обязательств: выполните их или сначала поговорите с партнёром.</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner has commitments yet.</source>
        <translation>Ни у одного партнёра пока нет обязательств.</translation>
    </message>
</context>
<context>
    <name>ReputationPage</name>
    <message>
        <source>Who gives</source>
        <translation>Кто даёт</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>5. Reputation</source>
        <translation>5. Репутация</translation>
    </message>
    <message>
        <source>What the library promises and by when, and what the partner promises. Every promise needs a due date and a person responsible.</source>
        <translation>Что и к какому сроку обещает библиотека и что обещает партнёр. У каждого обещания должны быть срок и ответственный.</translation>
    </message>
    <message>
        <source>The library gives</source>
        <translation>Библиотека даёт</translation>
    </message>
    <message>
        <source>The partner gives</source>
        <translation>Партнёр даёт</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Что обещано</translation>
    </message>
    <message>
        <source>Due date, e.g. 2027-03-01</source>
        <translation>Срок: 01.03.2027</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <source>Which partner of the collaboration the promise is with</source>
        <translation>С каким партнёром сотрудничества связано обещание</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>Добавить обещание</translation>
    </message>
    <message>
        <source>Remove promise</source>
        <translation>Убрать обещание</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>No due date or no one responsible: %1</source>
        <translation>Нет срока или ответственного: %1</translation>
    </message>
    <message>
        <source>Describe the promise first.</source>
        <translation>Сначала опишите обещание.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like 2027-03-01 or 01.03.2027.</source>
        <translation>«%1» — не дата. Введите её так: 01.03.2027 или 2027-03-01.</translation>
    </message>
</context>
<context>
    <name>ResultsForm</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>What the collaboration achieved, for the recap. Leave a figure at “not counted” rather than guess it.</source>
        <translation>Чего добилось сотрудничество — для итогового отчёта. Если что-то не считали, оставьте «не считали», а не угадывайте.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Impressions delivered</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Media pieces</source>
        <translation>Публикации в СМИ</translation>
    </message>
    <message>
        <source>One quote a line: a visitor, the press, the partner</source>
        <translation>По цитате в строке: посетитель, пресса, партнёр</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Empty: the recap proposes continuing next year in its own words</source>
        <translation>Пусто — в отчёте будет стандартное предложение продолжить в следующем году</translation>
    </message>
    <message>
        <source>Proposal for next time</source>
        <translation>Предложение на следующий раз</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Посетители:</translation>
    </message>
    <message>
        <source>&amp;Impressions delivered:</source>
        <translation>Пока&amp;зы:</translation>
    </message>
    <message>
        <source>&amp;Media pieces:</source>
        <translation>Публикации в &amp;СМИ:</translation>
    </message>
    <message>
        <source>&amp;Quotes, one a line:</source>
        <translation>&amp;Цитаты, по одной в строке:</translation>
    </message>
    <message>
        <source>&amp;Next time:</source>
        <translation>В &amp;следующий раз:</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не считали</translation>
    </message>
</context>
<context>
    <name>ResultsService</name>
    <message>
        <source>Results are recorded once delivery has begun; “%1” has not reached the stage “delivering” yet.</source>
        <translation>Результаты записываются после начала выполнения; «%1» ещё не дошло до этапа «Выполнение».</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2; got %3.</source>
        <translation>Поле «%1» — целое число от 0 до %2, а указано %3.</translation>
    </message>
    <message>
        <source>%1 quotes given; a recap prints at most %2.</source>
        <translation>Цитат: %1, а в отчёт помещается не больше %2.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1.</source>
        <translation>Сотрудничества с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>%1 names no login role of a PostgreSQL server. Nothing was kept.</source>
        <translation>В адресе %1 не указан логин сервера PostgreSQL. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>This computer has no system keyring CollabDesk can use (%1), so the password was not kept. Nothing was changed.</source>
        <translation>На этом компьютере нет системного хранилища паролей, доступного CollabDesk (%1), поэтому пароль не сохранён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server refused the password kept for %1 on this computer. Run `collabdesk server login --url %2 --role %1` to keep the right one. Nothing was changed.</source>
        <translation>Сервер не принял пароль, сохранённый на этом компьютере для %1. Выполните `collabdesk server login --url %2 --role %1`, чтобы сохранить верный. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1, and this computer keeps none. Run `collabdesk server login --url %2 --role %1` once: it asks for the password and keeps it in the system&apos;s keyring. Nothing was changed.</source>
        <translation>Сервер просит пароль %1, а на этом компьютере он не сохранён. Один раз выполните `collabdesk server login --url %2 --role %1`: команда спросит пароль и сохранит его в системном хранилище паролей. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server refused to set up %1 (%2). Run this as the owner of the CollabDesk tables with the right to create roles, or as a superuser. Nothing was changed.</source>
        <translation>Сервер отказал в настройке %1 (%2). Запустите команду от имени владельца таблиц CollabDesk с правом создавать роли или от имени суперпользователя. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The role %1 may not create roles on this server. Run this command as the server&apos;s administrator (a superuser, or the owner of the CollabDesk tables with CREATEROLE). Nothing was changed.</source>
        <translation>Роль %1 не может создавать роли на этом сервере. Запустите команду от имени администратора сервера (суперпользователя или владельца таблиц CollabDesk с правом CREATEROLE). Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: use 1 to 63 lower-case Latin letters, digits and _, starting with a letter (for example anna_petrova). Nothing was changed.</source>
        <translation>%1 не годится как логин: нужно от 1 до 63 строчных латинских букв, цифр и _, первой — буква (например, anna_petrova). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The password is empty. Nothing was changed.</source>
        <translation>Пароль пуст. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This server is not set up for staff logins yet. Run `collabdesk server init --url URL` first. Nothing was changed.</source>
        <translation>Сервер ещё не настроен для входа сотрудников. Сначала выполните `collabdesk server init --url АДРЕС`. Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1. Nothing was changed.</source>
        <translation>Сотрудника с номером %1 нет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The login %1 already belongs to %2 (staff id %3). Choose another name. Nothing was changed.</source>
        <translation>Логин %1 уже принадлежит сотруднику %2 (номер %3). Выберите другой. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A role %1 already exists on this server and is not a CollabDesk staff login; choose another name. Nothing was changed.</source>
        <translation>Роль %1 уже есть на этом сервере и не является логином сотрудника CollabDesk; выберите другое имя. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ServerDumps</name>
    <message>
        <source>%1 is not a folder this computer can read; the dump folder was not changed.</source>
        <translation>%1 — не папка, которую этот компьютер может прочитать; папка дампов не изменена.</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>The server %1 refused the password kept for %2.</source>
        <translation>Сервер %1 не принял пароль, сохранённый для %2.</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2.</source>
        <translation>Сервер %1 просит пароль пользователя %2.</translation>
    </message>
    <message>
        <source>Password for the server</source>
        <translation>Пароль для сервера</translation>
    </message>
    <message>
        <source>Type your password for the shared server. CollabDesk keeps it in this computer&apos;s keyring, so it is asked only once.</source>
        <translation>Введите свой пароль для общего сервера. CollabDesk сохранит его в хранилище паролей этого компьютера, поэтому он спрашивается только один раз.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>This record was changed by someone else since you opened it. Reload it to see their changes; your text has not been saved.</source>
        <translation>Пока запись была у вас открыта, её изменил кто-то другой. Откройте её заново, чтобы увидеть эти изменения; ваш текст не сохранён.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Pitches print the name, logo, colour, e-mail and phone, and the contact person.</source>
        <translation>В презентациях печатаются название, логотип, цвет, e-mail, телефон и контактное лицо.</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Their ph&amp;one:</source>
        <translation>Т&amp;елефон контакта:</translation>
    </message>
    <message>
        <source>Their e-&amp;mail:</source>
        <translation>П&amp;очта контакта:</translation>
    </message>
    <message>
        <source>e.g. Anna Petrova</source>
        <translation>например, Анна Петрова</translation>
    </message>
    <message>
        <source>e.g. Deputy director, partnerships</source>
        <translation>например, заместитель директора по партнёрствам</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>No logo: pitches show the library&apos;s name alone.</source>
        <translation>Логотипа нет: в предложениях будет только название библиотеки.</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>A new language applies when CollabDesk starts again.</source>
        <translation>Новый язык включится, когда CollabDesk запустится снова.</translation>
    </message>
    <message>
        <source>The new language applies when CollabDesk starts again. Restart now? Your work is saved.</source>
        <translation>Новый язык включится, когда CollabDesk запустится снова. Перезапустить сейчас? Ваша работа сохранена.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <source>Library logo</source>
        <translation>Логотип библиотеки</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Фирменный цвет</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Данные и резервные копии</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>e.g. Olga Petrova</source>
        <translation>например, Ольга Петрова</translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation>Моё &amp;имя:</translation>
    </message>
    <message>
        <source>e.g. Central City Library</source>
        <translation>например, Центральная городская библиотека</translation>
    </message>
    <message>
        <source>e.g. Children&apos;s branch</source>
        <translation>например, Детский филиал</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>You, on the staff list (added if missing): your promises and steps show in My tasks, and history names you. Kept on this computer.</source>
        <translation>Вы в списке сотрудников (добавим, если вас там нет): ваши обещания и шаги показываются в «Моих задачах», а история называет вас. Хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>This library has several branches…</source>
        <translation>У библиотеки несколько филиалов…</translation>
    </message>
    <message>
        <source>Brand &amp;colour:</source>
        <translation>Фирменный &amp;цвет:</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>&amp;Pitches are written in:</source>
        <translation>Язык &amp;предложений партнёрам:</translation>
    </message>
    <message>
        <source>The library profile opens with the data.</source>
        <translation>Сведения о библиотеке станут доступны, когда откроются данные.</translation>
    </message>
    <message>
        <source>Calen&amp;dar reminders:</source>
        <translation>Напо&amp;минания в календаре:</translation>
    </message>
    <message>
        <source>Before each date in the exported calendar: 1d,7d a day and a week, 2h two hours, 0 none.</source>
        <translation>До каждой даты в календаре: 1d,7d — за день и за неделю, 2h — за два часа, 0 — без напоминаний.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Хранить &amp;ежедневных копий:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Хранить е&amp;женедельных копий:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>Хранить е&amp;жемесячных копий:</translation>
    </message>
    <message>
        <source>Make a backup when CollabDesk closes</source>
        <translation>Резервная копия при каждом закрытии</translation>
    </message>
    <message>
        <source>0 keeps none of that kind.</source>
        <translation>0 — копии этого вида не хранятся.</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Не удаётся открыть папку</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened. %2</source>
        <translation>Не удалось открыть папку данных %1. %2</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
</context>
<context>
    <name>SheetCells</name>
    <message>
        <source>The sheet is too large to import: more than %1 cells by row %2. Copy the table into a new workbook and retry.</source>
        <translation>Лист слишком велик для импорта: больше %1 ячеек к строке %2. Скопируйте таблицу в новую книгу и повторите.</translation>
    </message>
    <message>
        <source>Cell %1 is beyond column %2: at most %3 columns can be imported. Delete what lies to the right of the table and retry.</source>
        <translation>Ячейка %1 правее столбца %2: импортировать можно не больше %3 столбцов. Удалите то, что справа от таблицы, и повторите.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows of data (row %2 is one too many); split it into smaller files and retry.</source>
        <translation>На листе больше %1 строк данных (строка %2 — лишняя); разбейте его на файлы поменьше и повторите.</translation>
    </message>
</context>
<context>
    <name>SignedAgreementDialog</name>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Подписанное соглашение</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Соглашение:</translation>
    </message>
    <message>
        <source>Signed &amp;scan:</source>
        <translation>С&amp;кан с подписями:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <source>%1, version %2 of %3</source>
        <translation>%1, версия %2 от %3</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>подписано %1</translation>
    </message>
    <message>
        <source>No agreement has been written for this collaboration yet.</source>
        <translation>Для этого сотрудничества ещё не составлено соглашение.</translation>
    </message>
    <message>
        <source>The signed scan</source>
        <translation>Скан подписанного соглашения</translation>
    </message>
    <message>
        <source>Choose the scan of the signed agreement.</source>
        <translation>Выберите скан подписанного соглашения.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>(unnamed branch)</source>
        <translation>(филиал без названия)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>the computer login, to recognise them at start</source>
        <translation>логин на компьютере — чтобы узнавать сотрудника при запуске</translation>
    </message>
    <message>
        <source>&amp;Coordinates the whole system</source>
        <translation>&amp;Координирует всю систему</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>&amp;Сохранить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Это &amp;я</translation>
    </message>
    <message>
        <source>The whole system</source>
        <translation>Вся система</translation>
    </message>
    <message>
        <source>At this computer: %1</source>
        <translation>За этим компьютером: %1</translation>
    </message>
    <message>
        <source>Nobody is chosen at this computer yet: select yourself and press “This is me”, or add yourself.</source>
        <translation>За этим компьютером пока никто не выбран: выберите себя и нажмите «Это я» или добавьте себя.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Добавить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Нет сотрудника с id %1.</translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation>Нет филиала с id %1.</translation>
    </message>
    <message>
        <source>“%1” is already on the staff list (id %2). Add a detail that tells the two apart, such as a middle name or an initial.</source>
        <translation>«%1» уже есть в списке сотрудников (id %2). Добавьте то, что их различает, например отчество или инициал.</translation>
    </message>
    <message>
        <source>%1 still owns promises (%2) or steps (%3), so they cannot be removed. Deactivate them instead: they stay on their promises but are no longer offered as an owner.</source>
        <translation>За сотрудником %1 ещё числятся обещания (%2) или шаги (%3), поэтому его нельзя удалить. Отключите его: он останется в своих обещаниях, но больше не будет предлагаться как ответственный.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>me</source>
        <translation>я</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>whole system</source>
        <translation>вся система</translation>
    </message>
</context>
<context>
    <name>StageReasonDialog</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Перевести в «%1»</translation>
    </message>
    <message>
        <source>Why is “%1” moved to “%2”? Colleagues see the reason in the collaboration&apos;s details and its stage history.</source>
        <translation>Почему «%1» переводится в стадию «%2»? Коллеги увидят причину в карточке сотрудничества и в истории стадий.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. the budget was cut until autumn</source>
        <translation>например, бюджет урезан до осени</translation>
    </message>
    <message>
        <source>Write the reason first: it is required.</source>
        <translation>Сначала напишите причину: она обязательна.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Причина слишком длинная: не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>StageTime</name>
    <message numerus="yes">
        <source>since %1 (%n day(s))</source>
        <translation>
            <numerusform>с %1 (%n день)</numerusform>
            <numerusform>с %1 (%n дня)</numerusform>
            <numerusform>с %1 (%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>since today, %1</source>
        <translation>с сегодняшнего дня, %1</translation>
    </message>
</context>
<context>
    <name>StatisticsImport</name>
    <message>
        <source>Nothing was imported. %1 (and %2 more)</source>
        <translation>Ничего не импортировано. %1 (и ещё %2)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ничего не импортировано. %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>The file holds no table.</source>
        <translation>В файле нет таблицы.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>В файле больше %1 строк.</translation>
    </message>
    <message>
        <source>%1: the metric name is empty</source>
        <translation>%1: не указано название показателя</translation>
    </message>
    <message>
        <source>%1: the metric name is longer than %2 characters</source>
        <translation>%1: название показателя длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1: the category is longer than %2 characters</source>
        <translation>%1: категория длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a month (write e.g. &apos;январь 2026&apos; or 01.2026)</source>
        <translation>%1: «%2» — не месяц (пишите, например, «январь 2026» или 01.2026)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: «%2» — не число</translation>
    </message>
    <message>
        <source>row %1: %2 for %3 is already in row %4; keep one figure per metric and month</source>
        <translation>строка %1: «%2» за %3 уже есть в строке %4; оставьте одно значение на показатель и месяц</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a month (write e.g. &apos;январь 2026&apos;, &apos;Jan 2026&apos; or 01.2026)</source>
        <translation>%1: «%2» — не месяц (пишите, например, «январь 2026», «Jan 2026» или 01.2026)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is the same month as %3; keep one column per month</source>
        <translation>%1: «%2» — тот же месяц, что и в ячейке %3; оставьте один столбец на месяц</translation>
    </message>
    <message>
        <source>row %1: no months in the header; put months in the columns or use columns named metric, period and value</source>
        <translation>строка %1: в заголовке нет месяцев; поставьте месяцы в столбцы или назовите столбцы «показатель», «период» и «значение»</translation>
    </message>
    <message>
        <source>%1: choose a .csv or .xlsx file.</source>
        <translation>%1: выберите файл .csv или .xlsx.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel (.xlsx) file.</source>
        <translation>%1 — не читаемый файл Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…и ещё %1.</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>A metric named &apos;%1&apos; already exists.</source>
        <translation>Показатель «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is no metric with id %1.</source>
        <translation>Показателя с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no metric named &apos;%1&apos;.</source>
        <translation>Показателя «%1» нет.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Figures of the chosen metric</source>
        <translation>Значения выбранного показателя</translation>
    </message>
    <message>
        <source>Import monthly figures from a spreadsheet</source>
        <translation>Импортировать месячные показатели из таблицы</translation>
    </message>
    <message>
        <source>Write the pitch PDF of a collaboration</source>
        <translation>Подготовить PDF с предложением партнёру по проекту</translation>
    </message>
    <message>
        <source>Write the pitch of every collaboration into a folder</source>
        <translation>Сохранить предложения по всем проектам в папку</translation>
    </message>
    <message>
        <source>Rename the metric or change its unit</source>
        <translation>Переименовать показатель или изменить единицу</translation>
    </message>
    <message>
        <source>Remove the metric and its figures</source>
        <translation>Убрать показатель вместе с его значениями</translation>
    </message>
    <message>
        <source>Move the metric up</source>
        <translation>Переместить показатель выше</translation>
    </message>
    <message>
        <source>Move the metric down</source>
        <translation>Переместить показатель ниже</translation>
    </message>
    <message>
        <source>Add the month after the last figure</source>
        <translation>Добавить месяц после последнего значения</translation>
    </message>
    <message>
        <source>Delete the chosen month&apos;s figure</source>
        <translation>Удалить значение за выбранный месяц</translation>
    </message>
    <message>
        <source>The database is still opening.</source>
        <translation>База данных ещё открывается.</translation>
    </message>
    <message>
        <source>There are no collaborations yet. Create one first.</source>
        <translation>Проектов сотрудничества пока нет. Сначала создайте проект.</translation>
    </message>
    <message>
        <source>Choose a metric in the list first.</source>
        <translation>Сначала выберите показатель в списке.</translation>
    </message>
    <message>
        <source>This metric is already the first.</source>
        <translation>Этот показатель и так первый.</translation>
    </message>
    <message>
        <source>This metric is already the last.</source>
        <translation>Этот показатель и так последний.</translation>
    </message>
    <message>
        <source>This metric has no figures yet.</source>
        <translation>У этого показателя пока нет значений.</translation>
    </message>
    <message>
        <source>Import statistics</source>
        <translation>Импорт статистики</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Pitch…</source>
        <translation>Предложение партнёру…</translation>
    </message>
    <message>
        <source>Export pitches…</source>
        <translation>Экспорт предложений…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Убрать…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Add month</source>
        <translation>Добавить месяц</translation>
    </message>
    <message>
        <source>Delete figure…</source>
        <translation>Удалить значение…</translation>
    </message>
    <message>
        <source>No statistics yet.

Add a metric (on-site visits, followers, media mentions…) and its monthly figures, or import a spreadsheet: metrics in rows and months in columns, or one row per figure.</source>
        <translation>Статистики пока нет.

Добавьте показатель (посещения, подписчики, упоминания в СМИ…) и его значения по месяцам или импортируйте таблицу: показатели в строках, месяцы в столбцах — или по одному значению в строке.</translation>
    </message>
    <message>
        <source>Add a metric</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <source>Branch of the figures</source>
        <translation>Филиал, чьи это значения</translation>
    </message>
    <message>
        <source>Name (e.g. On-site visits):</source>
        <translation>Название (например, Посещения):</translation>
    </message>
    <message>
        <source>Unit (e.g. people):</source>
        <translation>Единица (например, чел.):</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Изменение показателя</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>Remove “%1” and all its figures?</source>
        <translation>Удалить «%1» со всеми значениями?</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Удаление показателя</translation>
    </message>
    <message>
        <source>Delete the figure for %1?</source>
        <translation>Удалить значение за %1?</translation>
    </message>
    <message>
        <source>Delete figure</source>
        <translation>Удаление значения</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) imported from %1.</source>
        <translation>
            <numerusform>Импортировано %n значение из %1.</numerusform>
            <numerusform>Импортировано %n значения из %1.</numerusform>
            <numerusform>Импортировано %n значений из %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepService</name>
    <message>
        <source>There is no commitment with id %1.</source>
        <translation>Нет обязательства с номером %1.</translation>
    </message>
    <message>
        <source>There is no step with id %1.</source>
        <translation>Нет шага с номером %1.</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <source>Steps — %1</source>
        <translation>Шаги — %1</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>No steps yet. Split the work into steps below (e.g. artwork, approval, print, install), each with who does it and by when.</source>
        <translation>Шагов пока нет. Разбейте работу на шаги ниже (например: макет, согласование, печать, монтаж) — у каждого свой исполнитель и срок.</translation>
    </message>
    <message>
        <source>New step, e.g. approve the artwork</source>
        <translation>Новый шаг, например: согласовать макет</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>By: 31.12.2026</source>
        <translation>Срок: 31.12.2026</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <source>Done / open</source>
        <translation>Готово / вернуть</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Select a step first.</source>
        <translation>Сначала выберите шаг.</translation>
    </message>
    <message>
        <source>Tick the step done, or open it again (Space)</source>
        <translation>Отметить шаг выполненным или вернуть в работу (Пробел)</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Переместить шаг выше (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Переместить шаг ниже (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Delete the step (Delete)</source>
        <translation>Удалить шаг (Delete)</translation>
    </message>
    <message>
        <source>Step not saved</source>
        <translation>Шаг не сохранён</translation>
    </message>
    <message>
        <source>“%1” is not a date; write 31.12.2026 or 2026-12-31.</source>
        <translation>«%1» — не дата; напишите 31.12.2026 или 2026-12-31.</translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation>Шаг не добавлен</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Удаление шага</translation>
    </message>
    <message>
        <source>Delete the step “%1”?</source>
        <translation>Удалить шаг «%1»?</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The shared server refused this change: staff change their own branch&apos;s collaborations, commitments and statistics, and the partners and contacts; other branches&apos; records, the library&apos;s profile and the staff list are the system coordinators&apos;. Nothing was saved.</source>
        <translation>Общий сервер отказал в этом изменении: сотрудники меняют сотрудничества, обязательства и статистику своего филиала, а также партнёров и контакты; записи других филиалов, профиль библиотеки и список сотрудников — дело координаторов системы. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>База данных занята: в неё записывает другая программа. Ничего не сохранено; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The data is open read-only (meeting mode, or a folder CollabDesk may not write to), so nothing was saved. In a meeting, write what was agreed in a meeting note instead.</source>
        <translation>Данные открыты только для чтения (режим встречи или папка, куда CollabDesk не может записывать), поэтому ничего не сохранено. На встрече запишите договорённости в заметку о встрече.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Диск заполнен. Ничего не сохранено; освободите место и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder, so CollabDesk cannot keep its data there. Choose a folder with --data-dir or COLLABDESK_DATA_DIR. Nothing was changed.</source>
        <translation>%1 — это файл, а не папка, поэтому CollabDesk не может хранить там данные. Укажите папку через --data-dir или COLLABDESK_DATA_DIR. Ничего не изменено.</translation>
    </message>
    <message>
        <source>CollabDesk cannot write to its data folder %1 (%2). Choose another folder with --data-dir or COLLABDESK_DATA_DIR, or ask for write access to this one. Nothing was changed.</source>
        <translation>CollabDesk не может записывать в свою папку данных %1 (%2). Укажите другую папку через --data-dir или COLLABDESK_DATA_DIR или попросите права на запись в эту. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>CollabDesk cannot save in %1 (%2): the folder is read-only, or on a disc, a locked memory stick or a share it may not write to. Nothing was changed. Copy the folder to this computer&apos;s disk and open it there (--data-dir); the command line can still list and export what is in it.</source>
        <translation>CollabDesk не может сохранять в %1 (%2): папка только для чтения или находится на диске, защищённой флешке или общей папке, куда записывать нельзя. Ничего не изменено. Скопируйте папку на диск этого компьютера и откройте её там (--data-dir); из командной строки её содержимое по-прежнему можно просматривать и выгружать.</translation>
    </message>
    <message>
        <source>The database %1 is already open in CollabDesk (%2). Close that window first, or switch to it; two copies writing the same file could lose each other&apos;s changes.</source>
        <translation>База данных %1 уже открыта в CollabDesk (%2). Сначала закройте то окно или перейдите в него: две копии программы, записывающие один файл, могут потерять изменения друг друга.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CollabDesk (schema %1). It was not opened and nothing in it was changed. Install the newer version, or open a backup made before the upgrade.</source>
        <translation>Эта база данных записана более новой версией CollabDesk (схема %1). Она не открыта, и в ней ничего не изменено. Установите новую версию или откройте резервную копию, сделанную до обновления.</translation>
    </message>
    <message>
        <source>%1 is a network (UNC) path</source>
        <translation>%1 — сетевой путь (UNC)</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2)</source>
        <translation>%1 находится в сетевой файловой системе (%2)</translation>
    </message>
    <message>
        <source>The database cannot be kept on a network share: %1. SQLite&apos;s write-ahead log is not safe there and the file could be damaged. Keep the database on this computer&apos;s disk (--data-dir), or let several branches share a PostgreSQL server (--database-url).</source>
        <translation>Базу данных нельзя хранить в сетевой папке: %1. Журнал SQLite там ненадёжен, и файл может повредиться. Храните базу на диске этого компьютера (--data-dir) или подключите несколько филиалов к общему серверу PostgreSQL (--database-url).</translation>
    </message>
    <message>
        <source>%1 was written by another version of CollabDesk (%2) and cannot be updated where it is, read-only. Copy it to a folder you can write to, or prepare a meeting copy again with this version.</source>
        <translation>Файл %1 записан другой версией CollabDesk (%2), и обновить его на месте нельзя: он открыт только для чтения. Скопируйте его в папку, куда можно записывать, или заново подготовьте копию для встречи в этой версии.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Не удаётся прочитать файл базы данных %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a CollabDesk database (it is not an SQLite file). It was left untouched. Choose another data folder or restore a backup.</source>
        <translation>Файл %1 — не база данных CollabDesk (это не файл SQLite). Он оставлен без изменений. Выберите другую папку данных или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2.</source>
        <translation>Не удаётся открыть файл базы данных %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of CollabDesk. It was left untouched. Choose another data folder.</source>
        <translation>Файл %1 — база данных SQLite другой программы, а не CollabDesk. Он оставлен без изменений. Выберите другую папку данных.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or not a CollabDesk database (%2). It was left untouched; restore a backup.</source>
        <translation>Файл базы данных %1 повреждён или не является базой CollabDesk (%2). Он оставлен без изменений; восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The check of %1 was stopped before it finished.</source>
        <translation>Проверка %1 остановлена, не закончившись.</translation>
    </message>
    <message>
        <source>The newest good backup is %1 (%2 UTC): restore it with File → Restore… or `collabdesk restore %3`.</source>
        <translation>Самая свежая исправная резервная копия — %1 (%2 UTC): восстановите её через Файл → Восстановить… или командой `collabdesk restore %3`.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Исправной резервной копии не найдено.</translation>
    </message>
    <message>
        <source>The database %1 failed its %2 (%3). It was not opened, so nothing more can be written to it. %4</source>
        <translation>База данных %1 не прошла проверку %2 (%3). Она не открыта, поэтому в неё больше ничего не запишется. %4</translation>
    </message>
    <message>
        <source>The database %1 is older than this CollabDesk, and only the server&apos;s administrator may upgrade it. Ask them to run `collabdesk server init --url URL`. Nothing was changed.</source>
        <translation>База данных %1 старше этой версии CollabDesk, а обновить её может только администратор сервера. Попросите его выполнить `collabdesk server init --url АДРЕС`. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>How complete the preparation is. A collaboration below 100 % can still be pitched; the list says what is missing.</source>
        <translation>Насколько завершена подготовка. Предложение партнёру можно сделать и при готовности ниже 100&#xa0;%; в списке указано, чего не хватает.</translation>
    </message>
    <message>
        <source>Click an item, or press Enter on it, to go to its question.</source>
        <translation>Щёлкните пункт или нажмите на нём Enter, чтобы перейти к вопросу.</translation>
    </message>
    <message>
        <source>Ready: 100 %. Everything is prepared for the pitch.</source>
        <translation>Готовность: 100&#xa0;%. Всё готово для предложения партнёру.</translation>
    </message>
    <message>
        <source>Ready: %1 %. Still missing:</source>
        <translation>Готовность: %1&#xa0;%. Ещё не хватает:</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Нет ответа: %1</translation>
    </message>
    <message>
        <source>The values do not fully match: add a note on how you will deal with it.</source>
        <translation>Ценности совпадают не полностью: добавьте заметку о том, как вы это учтёте.</translation>
    </message>
    <message>
        <source>The promise “%1” has no due date or no one responsible.</source>
        <translation>У обещания «%1» нет срока или ответственного.</translation>
    </message>
</context>
<context>
    <name>TableRows</name>
    <message>
        <source>%1 is CollabDesk&apos;s own database, not a table to import. Choose the .csv, .xlsx or .vcf file you meant.</source>
        <translation>%1 — это база данных самой программы CollabDesk, а не таблица для импорта. Выберите нужный файл .csv, .xlsx или .vcf.</translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but is not (%1).</source>
        <translation>Файл помечен как UTF-16, но на самом деле в другой кодировке (%1).</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text; save it again as “CSV UTF-8” and retry.</source>
        <translation>Файл не в кодировке UTF-8 и не Windows-1251; сохраните его заново как «CSV UTF-8» и повторите.</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; split it and retry.</source>
        <translation>Файл %1 больше 200 МБ; разделите его на части и повторите.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: %2.</source>
        <translation>Ошибка в файле CSV около строки %1: %2.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>Файл пуст: в нём нет ни строки заголовков, ни данных.</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (%2).</source>
        <translation>Не удаётся прочитать %1 как книгу Excel (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>В файле нет ни одной карточки vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>it holds bytes that are not valid UTF-8 text</source>
        <translation>в ней есть байты, которые не являются текстом в UTF-8</translation>
    </message>
    <message>
        <source>it holds a NUL character (byte 0)</source>
        <translation>в ней есть символ NUL (нулевой байт)</translation>
    </message>
    <message>
        <source>its number of fields (%1) differs from the header’s (%2): a separator or quotation mark missing or extra?</source>
        <translation>число полей в ней (%1) не совпадает с заголовком (%2): пропущен или лишний разделитель или кавычка?</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>My name</source>
        <translation>Моё имя</translation>
    </message>
    <message>
        <source>Your name as it is written in owners and assignees (e.g. Olga Petrova). It is kept on this computer.</source>
        <translation>Ваше имя так, как оно записано у ответственных и исполнителей (например, Ольга Петрова). Хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>Set my &amp;name…</source>
        <translation>Указать моё &amp;имя…</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Только &amp;мои</translation>
    </message>
    <message>
        <source>Only one branch</source>
        <translation>Только один филиал</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Steps…</source>
        <translation>&amp;Шаги…</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Только «%1»</translation>
    </message>
    <message>
        <source>My name: %1</source>
        <translation>Моё имя: %1</translation>
    </message>
    <message>
        <source>My name is not set.</source>
        <translation>Моё имя не указано.</translation>
    </message>
    <message>
        <source>Change my &amp;name…</source>
        <translation>Изменить моё &amp;имя…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываю базу данных…</translation>
    </message>
    <message>
        <source>Nothing is assigned to you yet, because your name is not set. Set it with “Set my name…” above (or in Settings ▸ My name): steps and promises whose assignee or owner is that name then show here.</source>
        <translation>Вам пока ничего не назначено, потому что ваше имя не указано. Укажите его кнопкой «Указать моё имя…» выше (или в Настройки ▸ Моё имя) — тогда здесь появятся шаги и обещания, где это имя указано исполнителем или ответственным.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due in the next seven days. Promises and steps with a due date show here when their week comes.</source>
        <translation>Нет ничего просроченного или со сроком в ближайшие семь дней. Обещания и шаги со сроком появятся здесь, когда подойдёт их неделя.</translation>
    </message>
    <message>
        <source>Nothing is assigned to %1. Give a promise this owner, or add steps to a promise (Commitments ▸ Steps…) with this name as who does them.</source>
        <translation>На имя «%1» ничего не назначено. Укажите это имя ответственным за обещание или исполнителем шага (Обязательства ▸ Шаги…).</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n task(s)</source>
        <translation>
            <numerusform>больше %n задачи</numerusform>
            <numerusform>больше %n задач</numerusform>
            <numerusform>больше %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Сначала выберите задачу.</translation>
    </message>
    <message>
        <source>A promise is delivered with its date and proof: open it and use Mark delivered…</source>
        <translation>Обещание отмечают выполненным с датой и подтверждением: откройте его и нажмите «Отметить выполненным…»</translation>
    </message>
    <message>
        <source>Tick the step done (Space)</source>
        <translation>Отметить шаг выполненным (Пробел)</translation>
    </message>
    <message>
        <source>Open the promise in its collaboration (Enter)</source>
        <translation>Открыть обещание в его проекте (Enter)</translation>
    </message>
    <message>
        <source>The steps of this promise (Ctrl+T)</source>
        <translation>Шаги этого обещания (Ctrl+T)</translation>
    </message>
    <message>
        <source>Step not ticked</source>
        <translation>Шаг не отмечен</translation>
    </message>
    <message>
        <source>Name not saved</source>
        <translation>Имя не сохранено</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>“%1” does not name a task; write step:12 or commitment:7, as `collabdesk tasks list` shows them.</source>
        <translation>«%1» — не номер задачи; пишите step:12 или commitment:7, как их показывает `collabdesk tasks list`.</translation>
    </message>
    <message>
        <source>commitment:%1 is a promise: record its delivery with the day and its proof, e.g. `collabdesk commitments deliver %1 --proof photo.jpg` (or in the tracker: Mark delivered…). Nothing was changed.</source>
        <translation>commitment:%1 — это обещание: отметьте его выполнение с датой и подтверждением, например `collabdesk commitments deliver %1 --proof photo.jpg` (или в окне: «Отметить выполненным…»). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Step (%1)</source>
        <translation>Шаг (%1)</translation>
    </message>
    <message>
        <source>Promise (%1)</source>
        <translation>Обещание (%1)</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Form used</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>&amp;Import the library&apos;s form…</source>
        <translation>&amp;Загрузить бланк библиотеки…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>&amp;Use the shipped form</source>
        <translation>&amp;Вернуть поставляемый</translation>
    </message>
    <message>
        <source>Export a form, change its wording in Word or LibreOffice keeping the merge fields in {{ }}, and import it: every computer of the library then writes that document on it. The fields are listed in docs/templates.md.</source>
        <translation>Выгрузите бланк, измените текст в Word или LibreOffice, сохранив поля в {{ }}, и загрузите его: все компьютеры библиотеки будут писать этот документ на нём. Список полей — в docs/templates.md.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Act of transfer</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Letter: follow-up after a pitch</source>
        <translation>Письмо: после предложения</translation>
    </message>
    <message>
        <source>Letter: reminder of dates</source>
        <translation>Письмо: напоминание о сроках</translation>
    </message>
    <message>
        <source>Letter: thank-you after delivery</source>
        <translation>Письмо: благодарность после исполнения</translation>
    </message>
    <message>
        <source>the library&apos;s own: %1</source>
        <translation>бланк библиотеки: %1</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>поставляемый</translation>
    </message>
    <message>
        <source>Import a Word form</source>
        <translation>Загрузить бланк Word</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Загружен %1.</translation>
    </message>
    <message>
        <source>Export the form</source>
        <translation>Выгрузить бланк</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан %1</translation>
    </message>
    <message>
        <source>The shipped form is used again.</source>
        <translation>Снова используется поставляемый бланк.</translation>
    </message>
</context>
<context>
    <name>TrackerActions</name>
    <message>
        <source>Cannot edit</source>
        <translation>Изменить нельзя</translation>
    </message>
    <message>
        <source>Delete the commitment “%1”? Its proofs are deleted with it.</source>
        <translation>Удалить обязательство «%1»? Подтверждения будут удалены вместе с ним.</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Удаление обязательства</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Отмена по согласию</translation>
    </message>
    <message>
        <source>Why is this commitment waived?</source>
        <translation>Почему обязательство отменено?</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>Mark “%1” as missed? It counts against the side that promised it; you can then add a make-good.</source>
        <translation>Отметить «%1» как невыполненное? Это засчитывается не в пользу стороны, которая его обещала; затем можно добавить возмещение.</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>Отметить невыполненным</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>TrackerFilters</name>
    <message>
        <source>Search commitments, partners, owners…</source>
        <translation>Поиск по обязательствам, партнёрам, ответственным…</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Поиск обязательств</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Обе стороны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Overdue or due within 7 days</source>
        <translation>Просроченные или со сроком в ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Срок в этом месяце</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Without proof</source>
        <translation>Без подтверждения</translation>
    </message>
    <message>
        <source>Only commitments delivered without proof</source>
        <translation>Только выполненные обязательства без подтверждения</translation>
    </message>
    <message>
        <source>Delivered without proof</source>
        <translation>Выполненные без подтверждения</translation>
    </message>
    <message>
        <source>Untick to see every commitment again</source>
        <translation>Снимите флажок, чтобы снова видеть все обязательства</translation>
    </message>
    <message>
        <source>The list behind an Overview figure</source>
        <translation>Список за показателем обзора</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>A partner with id %1 exists again (the number was reused), so the one in the trash cannot come back under it. Nothing was restored.</source>
        <translation>Партнёр с номером %1 уже снова существует (номер занят заново), поэтому партнёр из корзины не может вернуться под ним. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>A collaboration with id %1 exists again (the number was reused), so the one in the trash cannot come back under it. Nothing was restored.</source>
        <translation>Сотрудничество с номером %1 уже снова существует (номер занят заново), поэтому сотрудничество из корзины не может вернуться под ним. Ничего не восстановлено.</translation>
    </message>
</context>
<context>
    <name>TrashService</name>
    <message>
        <source>“%1” refers to records that no longer exist (a partner deleted since?), so it cannot come back as it was. Nothing was restored.</source>
        <translation>«%1» ссылается на записи, которых больше нет (может быть, с тех пор удалили партнёра?), поэтому не может вернуться в прежнем виде. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Срок хранения не может быть отрицательным.</translation>
    </message>
    <message>
        <source>There is no trash entry with id %1.</source>
        <translation>В корзине нет записи с номером %1.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Сохранено строк</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>The Trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Сначала выберите запись в корзине.</translation>
    </message>
    <message>
        <source>Deleted partners and collaborations</source>
        <translation>Удалённые партнёры и проекты сотрудничества</translation>
    </message>
    <message>
        <source>Restored: %1 “%2”, with %3.</source>
        <translation>Восстановлено: %1 «%2», а с ним %3.</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %1 “%2”, with %n related record(s).</source>
        <translation>
            <numerusform>Восстановлено: %1 «%2», а с ним %n связанная запись.</numerusform>
            <numerusform>Восстановлено: %1 «%2», а с ним %n связанные записи.</numerusform>
            <numerusform>Восстановлено: %1 «%2», а с ним %n связанных записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: %1 “%2”.</source>
        <translation>Восстановлено: %1 «%2».</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message numerus="yes">
        <source>Purge items older than %n days…</source>
        <translation>
            <numerusform>Очистить записи старше %n дня…</numerusform>
            <numerusform>Очистить записи старше %n дней…</numerusform>
            <numerusform>Очистить записи старше %n дней…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash not available</source>
        <translation>Корзина недоступна</translation>
    </message>
    <message numerus="yes">
        <source>Deleted partners and collaborations, with their contacts, commitments and answers. Restore brings one back whole. Items older than %n days are purged after a backup.</source>
        <translation>
            <numerusform>Удалённые партнёры и проекты сотрудничества вместе с контактами, обязательствами и ответами. «Восстановить» возвращает запись целиком. Записи старше %n дня удаляются навсегда после резервного копирования.</numerusform>
            <numerusform>Удалённые партнёры и проекты сотрудничества вместе с контактами, обязательствами и ответами. «Восстановить» возвращает запись целиком. Записи старше %n дней удаляются навсегда после резервного копирования.</numerusform>
            <numerusform>Удалённые партнёры и проекты сотрудничества вместе с контактами, обязательствами и ответами. «Восстановить» возвращает запись целиком. Записи старше %n дней удаляются навсегда после резервного копирования.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash is empty. When you delete a partner or a collaboration it lands here, and you can bring it back for %n days.</source>
        <translation>
            <numerusform>Корзина пуста. Удалённые партнёры и проекты сотрудничества попадают сюда, и их можно вернуть в течение %n дня.</numerusform>
            <numerusform>Корзина пуста. Удалённые партнёры и проекты сотрудничества попадают сюда, и их можно вернуть в течение %n дней.</numerusform>
            <numerusform>Корзина пуста. Удалённые партнёры и проекты сотрудничества попадают сюда, и их можно вернуть в течение %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Delete “%1” for good? It cannot be restored afterwards.</source>
        <translation>Удалить «%1» навсегда? Восстановить запись потом будет невозможно.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удаление навсегда</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message numerus="yes">
        <source>Delete for good everything that has been in the Trash for more than %n days? A backup copy of the database is made first.</source>
        <translation>
            <numerusform>Удалить навсегда всё, что лежит в корзине дольше %n дня? Сначала будет сделана резервная копия базы.</numerusform>
            <numerusform>Удалить навсегда всё, что лежит в корзине дольше %n дней? Сначала будет сделана резервная копия базы.</numerusform>
            <numerusform>Удалить навсегда всё, что лежит в корзине дольше %n дней? Сначала будет сделана резервная копия базы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge the Trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message>
        <source>Trash not purged</source>
        <translation>Корзина не очищена</translation>
    </message>
    <message>
        <source>Trash purged</source>
        <translation>Корзина очищена</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>%n запись удалена навсегда.</numerusform>
            <numerusform>%n записи удалены навсегда.</numerusform>
            <numerusform>%n записей удалено навсегда.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitFormsDialog</name>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
</context>
<context>
    <name>UnitFormsEditor</name>
    <message>
        <source>Units the library added</source>
        <translation>Единицы, добавленные библиотекой</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>After 1</source>
        <translation>После 1</translation>
    </message>
    <message>
        <source>After 2–4</source>
        <translation>После 2–4</translation>
    </message>
    <message>
        <source>After 5</source>
        <translation>После 5</translation>
    </message>
    <message>
        <source>Plural / fractions</source>
        <translation>Мн. число / дроби</translation>
    </message>
    <message>
        <source>Language of the word</source>
        <translation>Язык слова</translation>
    </message>
    <message>
        <source>The word after 1</source>
        <translation>Слово после 1</translation>
    </message>
    <message>
        <source>The word after 2, 3, 4</source>
        <translation>Слово после 2, 3, 4</translation>
    </message>
    <message>
        <source>The word after 5</source>
        <translation>Слово после 5</translation>
    </message>
    <message>
        <source>The plural</source>
        <translation>Множественное число</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>After 1 (стенд, stand):</source>
        <translation>После 1 (стенд, stand):</translation>
    </message>
    <message>
        <source>After 2, 3, 4 (стенда):</source>
        <translation>После 2, 3, 4 (стенда):</translation>
    </message>
    <message>
        <source>After 5 (стендов):</source>
        <translation>После 5 (стендов):</translation>
    </message>
    <message>
        <source>Plural (stands):</source>
        <translation>Мн. число (stands):</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Добавить единицу</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Удалить единицу</translation>
    </message>
    <message>
        <source>Quantities print with the unit in the right form: “5 постов”, “1 post”. CollabDesk knows %1 common units already; a unit it does not know prints as typed until you add its forms here.</source>
        <translation>Количества печатаются с единицей в нужной форме: «5 постов», «1 post». CollabDesk уже знает %1 частых единиц; незнакомая единица печатается как введена, пока вы не добавите здесь её формы.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
</context>
<context>
    <name>UnitHint</name>
    <message>
        <source>Add its forms…</source>
        <translation>Добавить формы…</translation>
    </message>
    <message>
        <source>“%1” has no plural forms yet: it prints as typed.</source>
        <translation>У «%1» ещё нет форм множественного числа: печатается как введено.</translation>
    </message>
</context>
<context>
    <name>UnitService</name>
    <message>
        <source>one</source>
        <translation>один</translation>
    </message>
    <message>
        <source>few</source>
        <translation>несколько</translation>
    </message>
    <message>
        <source>many</source>
        <translation>много</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочее</translation>
    </message>
    <message>
        <source>CollabDesk has no plural rules for the language &apos;%1&apos;; write the unit as typed, or choose ru or en.</source>
        <translation>В CollabDesk нет правил множественного числа для языка «%1»; пишите единицу как есть или выберите ru или en.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code; write it as two letters, e.g. ru or en.</source>
        <translation>«%1» — не код языка; напишите две буквы, например ru или en.</translation>
    </message>
    <message>
        <source>Give the form that goes with %2 (“%1”).</source>
        <translation>Укажите форму, которая идёт после %2 («%1»).</translation>
    </message>
    <message>
        <source>The “%1” form is longer than %2 characters.</source>
        <translation>Форма «%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has its forms; nothing to add.</source>
        <translation>У «%1» уже есть формы; добавлять нечего.</translation>
    </message>
    <message>
        <source>The library has added no unit &apos;%1&apos; (shipped units cannot be removed).</source>
        <translation>Библиотека не добавляла единицу «%1» (встроенные единицы удалить нельзя).</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>CollabDesk user guide</source>
        <translation>Руководство пользователя CollabDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation (%1 not found).</source>
        <translation>Руководство пользователя не установлено вместе с программой (не найден файл %1).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not an amount; type digits such as 1234.50 or 1 234,50.</source>
        <translation>«%1» — не сумма; введите цифры, например 1234,50 или 1 234,50.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Заполните поле «%1».</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>Поле «%1» слишком длинное: %2 симв., допускается не больше %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address.</source>
        <translation>«%1» — не адрес сайта.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
</context>
<context>
    <name>VersionedForm</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Добро пожаловать в CollabDesk</translation>
    </message>
    <message>
        <source>CollabDesk keeps your library&apos;s partners, the collaborations you prepare with them and what each side promised.

What is your library called? The name goes on the proposals you send to partners; you can change it later in Settings.</source>
        <translation>В CollabDesk хранятся партнёры вашей библиотеки, проекты сотрудничества с ними и обязательства каждой стороны.

Как называется ваша библиотека? Название печатается в предложениях партнёрам; его можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>e.g. Central City Library</source>
        <translation>например, Центральная городская библиотека</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Add demo partners and collaborations to look around</source>
        <translation>Добавить демо-данные, чтобы осмотреться</translation>
    </message>
    <message>
        <source>Demo data is made up. Try it in a separate data folder if you want to start your real work right away.</source>
        <translation>Демо-данные вымышленные. Если хотите сразу начать настоящую работу, попробуйте их в отдельной папке данных.</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>&amp;Название библиотеки:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Type your library&apos;s name, or press Later to skip.</source>
        <translation>Введите название библиотеки или нажмите «Позже».</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Демо-данные не загружены</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>1. Why do we need this?</source>
        <translation>1. Зачем это нужно?</translation>
    </message>
    <message>
        <source>The goal in one sentence, goals you can measure, who you asked, and whether the partner&apos;s values and the library&apos;s match.</source>
        <translation>Цель одним предложением, измеримые результаты, с кем вы советовались и совпадают ли ценности партнёра и библиотеки.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The values do not match</source>
        <translation>Ценности не совпадают</translation>
    </message>
    <message>
        <source>You noted that the partner&apos;s values and the library&apos;s do not match. A collaboration built on different values is hard to keep. Go on preparing it anyway?</source>
        <translation>Вы отметили, что ценности партнёра и библиотеки не совпадают. Сотрудничество на разных ценностях трудно сохранить. Всё равно продолжить подготовку?</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>attendance achieved</source>
        <translation>посетители (итог)</translation>
    </message>
    <message>
        <source>impressions delivered</source>
        <translation>показы (итог)</translation>
    </message>
    <message>
        <source>media pieces</source>
        <translation>публикации в СМИ</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <source>proposal for next time</source>
        <translation>предложение на следующий раз</translation>
    </message>
    <message>
        <source>imported (the whole import)</source>
        <translation>импортировано (весь импорт)</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <source>import partners from a file</source>
        <translation>импорт партнёров из файла</translation>
    </message>
    <message>
        <source>edit %1 “%2”: %3</source>
        <translation>изменение: %1 «%2», %3</translation>
    </message>
    <message>
        <source>edit %1 “%2”</source>
        <translation>изменение: %1 «%2»</translation>
    </message>
    <message>
        <source>create %1 “%2”</source>
        <translation>создание: %1 «%2»</translation>
    </message>
    <message>
        <source>create %1 and %2</source>
        <translation>создание: %1 и %2</translation>
    </message>
    <message>
        <source>create %1 “%2” and %3</source>
        <translation>создание: %1 «%2» и %3</translation>
    </message>
    <message>
        <source>delete %1 “%2”</source>
        <translation>удаление: %1 «%2»</translation>
    </message>
    <message>
        <source>delete %1 and %2</source>
        <translation>удаление: %1 и %2</translation>
    </message>
    <message>
        <source>delete %1 “%2” and %3</source>
        <translation>удаление: %1 «%2» и %3</translation>
    </message>
    <message>
        <source>restore %1 “%2”</source>
        <translation>восстановление: %1 «%2»</translation>
    </message>
    <message>
        <source>restore %1 and %2</source>
        <translation>восстановление: %1 и %2</translation>
    </message>
    <message>
        <source>restore %1 “%2” and %3</source>
        <translation>восстановление: %1 «%2» и %3</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>запись в истории общения</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>проект сотрудничества</translation>
    </message>
    <message>
        <source>collaboration partner</source>
        <translation>участник проекта</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>ответ чек-листа</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <source>proof of delivery</source>
        <translation>подтверждение выполнения</translation>
    </message>
    <message>
        <source>advertising pick</source>
        <translation>выбранная позиция рекламного пакета</translation>
    </message>
    <message>
        <source>statistic pick</source>
        <translation>выбранный показатель статистики</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>показатель статистики</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>values</source>
        <translation>ценности</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>role</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>суть</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>идея</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>расписание</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>смена стадии</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>brand colour</source>
        <translation>фирменный цвет</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <source>logo file</source>
        <translation>файл логотипа</translation>
    </message>
    <message>
        <source>offline branch file</source>
        <translation>файл автономного филиала</translation>
    </message>
    <message>
        <source>server role</source>
        <translation>роль на сервере</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>position</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>computer login</source>
        <translation>логин на компьютере</translation>
    </message>
    <message>
        <source>side</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>valuation method</source>
        <translation>способ оценки</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>дата выполнения</translation>
    </message>
    <message>
        <source>reason for waiving</source>
        <translation>причина отмены</translation>
    </message>
    <message>
        <source>proof note</source>
        <translation>примечание к подтверждению</translation>
    </message>
    <message>
        <source>proof file</source>
        <translation>файл подтверждения</translation>
    </message>
    <message>
        <source>stored file</source>
        <translation>сохранённый файл</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>added by</source>
        <translation>кто добавил</translation>
    </message>
    <message>
        <source>added on</source>
        <translation>дата добавления</translation>
    </message>
    <message>
        <source>title in the second language</source>
        <translation>название на втором языке</translation>
    </message>
    <message>
        <source>idea in the second language</source>
        <translation>идея на втором языке</translation>
    </message>
    <message>
        <source>description in the second language</source>
        <translation>описание на втором языке</translation>
    </message>
    <message>
        <source>what</source>
        <translation>что</translation>
    </message>
    <message>
        <source>who</source>
        <translation>кто</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>answer in the second language</source>
        <translation>ответ на втором языке</translation>
    </message>
    <message>
        <source>may be named in pitches</source>
        <translation>можно называть в презентациях</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>repeats every</source>
        <translation>повторяется</translation>
    </message>
    <message>
        <source>times in all</source>
        <translation>раз всего</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>последняя дата</translation>
    </message>
    <message>
        <source>first due date</source>
        <translation>первый срок</translation>
    </message>
    <message>
        <source>total quantity</source>
        <translation>общее количество</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>form for one</source>
        <translation>форма для одного</translation>
    </message>
    <message>
        <source>form for a few</source>
        <translation>форма для нескольких</translation>
    </message>
    <message>
        <source>form for many</source>
        <translation>форма для многих</translation>
    </message>
    <message>
        <source>other form</source>
        <translation>другая форма</translation>
    </message>
    <message>
        <source>in this stage since</source>
        <translation>на стадии с</translation>
    </message>
    <message>
        <source>reason for the stage</source>
        <translation>причина стадии</translation>
    </message>
    <message>
        <source>from stage</source>
        <translation>из стадии</translation>
    </message>
    <message>
        <source>to stage</source>
        <translation>в стадию</translation>
    </message>
    <message>
        <source>changed on</source>
        <translation>дата смены</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>edit %1 %2</source>
        <translation>изменение: %1, %2</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>изменение: %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>создание: %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление: %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>восстановление: %1</translation>
    </message>
</context>
</TS>
